// Tells the add-in's own range writes apart from a person's, so that onChanged never echoes what the add-in wrote.
//
// Excel raises onChanged for every write, an add-in's included (learn.microsoft.com, "Work with events using the
// Excel JavaScript API": events are triggered by the UI and by add-in code alike). From ExcelApi 1.14 the event
// says so (`triggerSource: 'ThisLocalAddin'`); before that, each range write raises one event for exactly the
// range written, so the add-in notes every range it writes and drops the one event that matches it.
import type { ExcelHost, XlContext } from './types';

/** How long a noted write waits for its event; Excel delivers it within moments of the sync. */
const ECHO_TTL_MS = 10_000;

const recorders = new WeakMap<XlContext, (sheet: string, address: string) => void>();

/** Called by apply.ts for every range it writes values to or clears. */
export function noteWrite(context: XlContext, sheet: string, address: string): void {
  recorders.get(context)?.(sheet, address);
}

export class OwnWrites {
  private readonly noted: { sheet: string; address: string; at: number }[] = [];

  constructor(private readonly clock: () => number = Date.now) {}

  /** The same host, with every range written through it noted as the add-in's own. */
  wrap(host: ExcelHost): ExcelHost {
    return {
      ...host,
      run: (batch) =>
        host.run((context) => {
          recorders.set(context, (sheet, address) => this.noted.push({ sheet, address, at: this.clock() }));
          return batch(context);
        }),
    };
  }

  /** Whether an onChanged event is the echo of an own write; a matching note is used up. */
  isEcho(sheet: string, address: string, triggerSource: string | undefined): boolean {
    if (triggerSource === 'ThisLocalAddin') return true;
    const now = this.clock();
    for (let i = this.noted.length - 1; i >= 0; i--) if (now - this.noted[i]!.at > ECHO_TTL_MS) this.noted.splice(i, 1);
    const i = this.noted.findIndex((n) => n.sheet === sheet && n.address === address);
    if (i >= 0) this.noted.splice(i, 1);
    return i >= 0;
  }
}
