// Whether sheets named 计划, 指标 or 进展 in a workbook without our plan record are ours: their header rows read as
// the add-in writes them (in Chinese or English). A person's own sheet of that name is never cleared (issue 11.5).
import type { CellValue } from '@plansync/shared';
import { headerRow } from '../layout/encode';
import { PLAN_HEADERS, PLAN_HEADER_ROW, PLAN_SHEET } from '../layout/plan-sheet';
import { reportLedger } from '../layout/report-ledger';
import { figureLedger } from '../layout/figure-ledger';
import type { XlContext, XlRange } from './types';

/** The first headers of each sheet, in both languages: enough to know our sheets across versions of the layout. */
const SIGNATURES: Record<string, { row: number; headers: readonly (readonly string[])[] }> = {
  [PLAN_SHEET]: { row: PLAN_HEADER_ROW, headers: [PLAN_HEADERS.zh.slice(0, 3), PLAN_HEADERS.en.slice(0, 3)] },
  [figureLedger.sheet]: {
    row: 0,
    headers: (['zh', 'en'] as const).map((lang) => headerRow(figureLedger.columns, lang).slice(0, 3)),
  },
  [reportLedger.sheet]: {
    row: 0,
    headers: (['zh', 'en'] as const).map((lang) => headerRow(reportLedger.columns, lang).slice(0, 3)),
  },
};

/** Queues a read of each sheet's header row; call `foreignSheet` with the ranges after the sync. */
export function queueHeaderRead(context: XlContext, sheets: readonly string[]): Map<string, XlRange> {
  return new Map(
    sheets.map((name) => {
      const row = SIGNATURES[name]!.row + 1;
      const range = context.workbook.worksheets.getItem(name).getRange(`A${row}:C${row}`);
      range.load('values');
      return [name, range] as const;
    }),
  );
}

/** The first sheet whose headers are not ours, or null when all are ours. */
export function foreignSheet(headers: ReadonlyMap<string, XlRange>): string | null {
  for (const [name, range] of headers) {
    const cells: CellValue[] = range.values[0] ?? [];
    const ours = SIGNATURES[name]!.headers.some((h) => h.every((text, i) => String(cells[i] ?? '').trim() === text));
    if (!ours) return name;
  }
  return null;
}
