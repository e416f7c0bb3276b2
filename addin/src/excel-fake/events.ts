// The fake's worksheet events (ExcelApi 1.7 onChanged / onSelectionChanged), raised and coalesced the way Excel
// raises them, and delivered asynchronously like Office.js delivers them.
//
// What Excel does (learn.microsoft.com: "Work with events using the Excel JavaScript API" and
// Excel.WorksheetChangedEventArgs): a person's edit of one cell raises one event with `details` (ExcelApi 1.9);
// a paste raises one event for the whole pasted range, without `details`; every range write by an add-in raises one
// event for the range it wrote, with source `Local` — and `triggerSource: 'ThisLocalAddin'` only from ExcelApi 1.14.
// Formats (fills, number formats, locks) raise no onChanged. Handlers exist once a context.sync() registered them.
import type { XlChangedEventArgs, XlEventHandlers, XlSelectionChangedEventArgs, XlValue } from '../excel/types';
import type { RequestQueue } from './proxy';

type Handler<T> = (args: T) => Promise<unknown>;

interface SheetHandlers {
  changed: Set<Handler<XlChangedEventArgs>>;
  selection: Set<Handler<XlSelectionChangedEventArgs>>;
}

/** Who made a change: a person at this Excel, a co-author elsewhere, or an add-in's API call. */
type ChangeOrigin = 'person' | 'remote' | 'addin';

export interface RaisedChange {
  sheet: string;
  address: string;
  origin: ChangeOrigin;
  /** For a single cell: its value before and after. */
  single?: { before: XlValue; after: XlValue };
}

const valueType = (v: XlValue): string =>
  v === ''
    ? 'Empty'
    : typeof v === 'number'
      ? Number.isInteger(v)
        ? 'Integer'
        : 'Double'
      : typeof v === 'boolean'
        ? 'Boolean'
        : v.startsWith('#')
          ? 'Error'
          : 'String';

export class FakeEvents {
  /** The ExcelApi version the host reports, which decides the args' fields (set by fakeHost). */
  apiVersion = '1.8';
  /** Every event raised, in order (tests read it to see what Excel would have told an add-in). */
  readonly raised: (XlChangedEventArgs | XlSelectionChangedEventArgs)[] = [];
  private readonly handlers = new Map<string, SheetHandlers>();
  /** Errors thrown by handlers (Office.js would leave them unhandled); tests check it stays empty. */
  readonly errors: unknown[] = [];
  private readonly inflight = new Set<Promise<unknown>>();
  private queued = 0;

  constructor(private readonly sheetId: (sheet: string) => string) {}

  /** A worksheet proxy's `onChanged`: `add` registers the handler at the next sync, `remove` at the one after. */
  onChanged(queue: RequestQueue, sheet: string): XlEventHandlers<XlChangedEventArgs> {
    return this.handlersOf(queue, sheet, () => this.sheet(sheet).changed, 'onChanged');
  }

  /** A worksheet proxy's `onSelectionChanged`. */
  onSelectionChanged(queue: RequestQueue, sheet: string): XlEventHandlers<XlSelectionChangedEventArgs> {
    return this.handlersOf(queue, sheet, () => this.sheet(sheet).selection, 'onSelectionChanged');
  }

  private handlersOf<T>(
    queue: RequestQueue,
    sheet: string,
    set: () => Set<Handler<T>>,
    name: string,
  ): XlEventHandlers<T> {
    const on = `sheet:${sheet}`;
    return {
      add: (handler) => {
        queue.enqueue({ wire: { on, member: `${name}.add` }, run: () => void set().add(handler) });
        return {
          remove: () =>
            queue.enqueue({ wire: { on, member: `${name}.remove` }, run: () => void set().delete(handler) }),
        };
      },
    };
  }

  changed({ sheet, address, origin, single }: RaisedChange): void {
    const args: XlChangedEventArgs = {
      type: 'WorksheetChanged',
      address,
      changeType: 'RangeEdited',
      source: origin === 'remote' ? 'Remote' : 'Local',
      worksheetId: this.sheetId(sheet),
      ...(single && this.supports('1.9')
        ? {
            details: {
              valueBefore: single.before,
              valueAfter: single.after,
              valueTypeBefore: valueType(single.before),
              valueTypeAfter: valueType(single.after),
            },
          }
        : {}),
      ...(this.supports('1.14') ? { triggerSource: origin === 'addin' ? 'ThisLocalAddin' : 'Unknown' } : {}),
    };
    this.deliver(args, [...(this.handlers.get(sheet)?.changed ?? [])]);
  }

  selectionChanged(sheet: string, address: string): void {
    const args: XlSelectionChangedEventArgs = {
      type: 'WorksheetSelectionChanged',
      address,
      worksheetId: this.sheetId(sheet),
    };
    this.deliver(args, [...(this.handlers.get(sheet)?.selection ?? [])]);
  }

  /**
   * Resolves once every raised event has been delivered and every handler's promise has settled, including the
   * events those handlers' own writes raised. Tests await this instead of waiting for time to pass.
   */
  async settled(): Promise<void> {
    while (this.queued > 0 || this.inflight.size > 0) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await Promise.allSettled([...this.inflight]);
    }
  }

  private deliver<T extends XlChangedEventArgs | XlSelectionChangedEventArgs>(args: T, handlers: Handler<T>[]): void {
    this.raised.push(args);
    if (!handlers.length) return;
    // Office.js calls handlers later, from its own message loop, never inside the call that made the change.
    this.queued++;
    setTimeout(() => {
      this.queued--;
      for (const handler of handlers) {
        const running = Promise.resolve()
          .then(() => handler(args))
          .catch((error: unknown) => void this.errors.push(error));
        this.inflight.add(running);
        void running.finally(() => this.inflight.delete(running));
      }
    }, 0);
  }

  private sheet(name: string): SheetHandlers {
    let h = this.handlers.get(name);
    if (!h) this.handlers.set(name, (h = { changed: new Set(), selection: new Set() }));
    return h;
  }

  private supports(version: string): boolean {
    const [a, b] = [this.apiVersion.split('.').map(Number), version.split('.').map(Number)];
    return (a[0] ?? 0) * 1000 + (a[1] ?? 0) >= (b[0] ?? 0) * 1000 + (b[1] ?? 0);
  }
}
