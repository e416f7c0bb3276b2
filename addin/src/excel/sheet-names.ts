// The workbook's sheet names, loaded in a sync that happens anyway (an action's read), for writes that depend on them.
import type { XlContext } from './types';

export interface SheetNames {
  /** The names in the workbook's order; costs a sync only when the sync they were queued with lost its loads. */
  read(): Promise<string[]>;
}

/** Queues a load of every sheet's name with the next sync. */
export function queueSheetNames(context: XlContext): SheetNames {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  return {
    async read() {
      try {
        return sheets.items.map((s) => s.name);
      } catch {
        // That sync was refused as too large and the read retried in chunks: its loads never came back.
        sheets.load('items/name');
        await context.sync();
        return sheets.items.map((s) => s.name);
      }
    },
  };
}
