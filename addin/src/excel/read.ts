// Reads both ledger sheets in one context.sync() (more only if Excel refuses a response over 5 MB).
import type { CellValue, FigureState, FigureValue, ReportState, ReportValue, WriteStamp } from '@plansync/shared';
import { rangeAddress } from '../layout/address';
import { decodeRows, type LedgerRow, type LedgerSpec } from '../layout/ledger';
import { progressSpec } from '../layout/progress';
import { targetsSpec } from '../layout/targets';
import type { WorkbookMeta } from './meta';
import type { XlContext, XlRange } from './types';

export interface LedgerRead<V, S> {
  /** Rows by data-row index (0 = sheet row 2). */
  rows: Map<number, LedgerRow<V, S>>;
}

export interface Ledgers {
  figures: LedgerRead<FigureValue, FigureState>;
  reports: LedgerRead<ReportValue, ReportState>;
}

/** Both ledgers as rows; `writable` tells which lead units the current token may write for. */
export async function readLedgers(
  context: XlContext,
  meta: WorkbookMeta,
  writable: (leadUnit: string) => boolean,
): Promise<Ledgers> {
  for (let parts = 1; ; parts *= 2) {
    try {
      const figures = queueRead(context, targetsSpec, meta.targetRows, parts);
      const reports = queueRead(context, progressSpec, meta.taskRows, parts);
      // Chunked reads need one sync per chunk; the first attempt is a single sync for everything.
      if (parts === 1) await context.sync();
      else for (const r of [...figures, ...reports]) await syncOne(context, r);
      return { figures: decode(targetsSpec, figures, writable), reports: decode(progressSpec, reports, writable) };
    } catch (error) {
      const tooBig = (error as { code?: string }).code === 'ResponsePayloadSizeLimitExceeded';
      if (!tooBig || parts >= Math.max(meta.targetRows, meta.taskRows)) throw error;
    }
  }
}

function queueRead<V, S extends WriteStamp, I>(
  context: XlContext,
  spec: LedgerSpec<V, S, I>,
  rowCount: number,
  parts: number,
): XlRange[] {
  const sheet = context.workbook.worksheets.getItem(spec.sheet);
  const size = Math.ceil(rowCount / parts);
  const ranges: XlRange[] = [];
  for (let first = 0; first < rowCount; first += size) {
    const range = sheet.getRange(rangeAddress(first + 1, 0, Math.min(rowCount, first + size), spec.columns.length - 1));
    if (parts === 1) range.load('values');
    ranges.push(range);
  }
  return ranges;
}

async function syncOne(context: XlContext, range: XlRange): Promise<void> {
  range.load('values');
  await context.sync();
}

function decode<V, S extends WriteStamp, I>(
  spec: LedgerSpec<V, S, I>,
  ranges: XlRange[],
  writable: (leadUnit: string) => boolean,
): LedgerRead<V, S> {
  const values: CellValue[][] = ranges.flatMap((r) => r.values);
  return { rows: decodeRows(spec, values, writable) };
}
