// Reads both ledger sheets in one context.sync() (more only if Excel refuses a response over 5 MB): every cell's
// value, and the input cells' number formats in the same sync (Excel holds a typed 85% as 0.85, a date as a serial).
import type { CellValue, FigureState, FigureValue, ReportState, ReportValue, WriteStamp } from '@plansync/shared';
import { rangeAddress } from '../layout/address';
import { indexesOf } from '../layout/columns';
import { decodeRows, type LedgerRow, type LedgerSpec } from '../layout/ledger';
import { reportLedger } from '../layout/report-ledger';
import { figureLedger } from '../layout/figure-ledger';
import type { WorkbookMeta } from './meta';
import { isTooLarge } from './office-errors';
import type { XlContext, XlRange } from './types';

export interface LedgerRead<V, S> {
  /** Rows by data-row index (0 = sheet row 2). */
  rows: Map<number, LedgerRow<V, S>>;
}

export interface Ledgers {
  figures: LedgerRead<FigureValue, FigureState>;
  reports: LedgerRead<ReportValue, ReportState>;
}

/** One chunk of rows: all their cells' values, and the number formats of the span of input columns. */
interface Chunk {
  values: XlRange;
  formats: XlRange;
}

/** Both ledgers as rows; `writable` tells which lead units the current token may write for. */
export async function readLedgers(
  context: XlContext,
  meta: WorkbookMeta,
  writable: (leadUnit: string) => boolean,
): Promise<Ledgers> {
  for (let parts = 1; ; parts *= 2) {
    try {
      const figures = queueRead(context, figureLedger, meta.targetRows, parts);
      const reports = queueRead(context, reportLedger, meta.taskRows, parts);
      // Chunked reads need one sync per chunk; the first attempt is a single sync for everything.
      if (parts === 1) await context.sync();
      else for (const chunk of [...figures, ...reports]) await syncOne(context, chunk);
      return { figures: decode(figureLedger, figures, writable), reports: decode(reportLedger, reports, writable) };
    } catch (error) {
      // Roughly 100 bytes a row come back per ledger: enough for a GeneralException to mean "too large".
      const tooBig = isTooLarge(error, (meta.targetRows + meta.taskRows) * 100);
      if (!tooBig || parts >= Math.max(meta.targetRows, meta.taskRows)) throw error;
    }
  }
}

/** The first and last column of a ledger's input cells (formats are read over that span). */
export function inputSpan<V, S extends WriteStamp, I>(spec: LedgerSpec<V, S, I>): [number, number] {
  const inputs = indexesOf(spec.columns, 'input');
  return [inputs[0]!, inputs[inputs.length - 1]!];
}

function queueRead<V, S extends WriteStamp, I>(
  context: XlContext,
  spec: LedgerSpec<V, S, I>,
  rowCount: number,
  parts: number,
): Chunk[] {
  const sheet = context.workbook.worksheets.getItem(spec.sheet);
  const [inFirst, inLast] = inputSpan(spec);
  const size = Math.ceil(rowCount / parts);
  const chunks: Chunk[] = [];
  for (let first = 0; first < rowCount; first += size) {
    const last = Math.min(rowCount, first + size);
    const chunk = {
      values: sheet.getRange(rangeAddress(first + 1, 0, last, spec.columns.length - 1)),
      formats: sheet.getRange(rangeAddress(first + 1, inFirst, last, inLast)),
    };
    if (parts === 1) load(chunk);
    chunks.push(chunk);
  }
  return chunks;
}

function load(chunk: Chunk): void {
  chunk.values.load('values');
  chunk.formats.load('numberFormat');
}

async function syncOne(context: XlContext, chunk: Chunk): Promise<void> {
  load(chunk);
  await context.sync();
}

function decode<V, S extends WriteStamp, I>(
  spec: LedgerSpec<V, S, I>,
  chunks: Chunk[],
  writable: (leadUnit: string) => boolean,
): LedgerRead<V, S> {
  const values: CellValue[][] = chunks.flatMap((c) => c.values.values);
  const [inFirst] = inputSpan(spec);
  const offsets = indexesOf(spec.columns, 'input').map((i) => i - inFirst);
  const formats = chunks.flatMap((c) => c.formats.numberFormat.map((row) => offsets.map((o) => row[o] ?? 'General')));
  return { rows: decodeRows(spec, values, writable, formats) };
}
