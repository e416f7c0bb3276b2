// 插入计划's reads: which of our sheets exist, opened for writing while what they hold is read (in one sync when
// inserting again), so that every unsynced edit, version and conflict is carried over.
import type { WriteStamp } from '@plansync/shared';
import { parseAddress } from '../layout/address';
import { indexesOf } from '../layout/columns';
import { decodeRows, type LedgerSpec } from '../layout/ledger';
import { PLAN_SHEET } from '../layout/plan-sheet';
import { PROGRESS_SHEET, reportLedger } from '../layout/report-ledger';
import { TARGETS_SHEET, TARGETS_TABLE, figureLedger } from '../layout/figure-ledger';
import { backupName, restoreSheets } from './backup';
import type { WorkbookMeta } from './meta';
import { officeErrorCode } from './office-errors';
import { queueHeaderRead } from './own-sheets';
import { explainOpenFailure, queueOpen } from './protection';
import { readLedgers } from './read';
import type { XlContext, XlRange } from './types';

/** Our sheets, in the order they are written. */
export const SHEETS = [PLAN_SHEET, TARGETS_SHEET, PROGRESS_SHEET];

export interface Present {
  /** Which of our ledger sheets exist. */
  sheets: Set<string>;
  /** Every sheet's name, in the workbook's order. */
  all: string[];
  table: boolean;
}

/**
 * Inserting again (the workbook has our meta), in one sync: which sheets and table exist, and our three sheets opened
 * for writing (protection.ts) and both ledgers read. Null when one of the sheets is missing (that request fails with
 * ItemNotFound) or copies of a failed insert wait to be put back: then `readTheLongWay`.
 */
export async function readAtOnce(context: XlContext, old: WorkbookMeta, writable: (lead: string) => boolean) {
  const sheets = context.workbook.worksheets;
  const table = context.workbook.tables.getItemOrNullObject(TARGETS_TABLE);
  const queueLists = () => {
    sheets.load('items/name');
    table.load('isNullObject');
  };
  queueLists();
  const opened = queueOpen(context, SHEETS);
  const ledgers = await readLedgers(context, old, writable).catch((error: unknown) =>
    officeErrorCode(error) === 'ItemNotFound' ? null : explainOpenFailure(context, SHEETS, error),
  );
  if (!ledgers) return null;
  if (!isLoaded(sheets, table)) {
    // The read was refused as too large and went in chunks: the lists queued with it never came back.
    queueLists();
    await context.sync();
  }
  if (SHEETS.some((s) => sheets.items.some((x) => x.name === backupName(s)))) return null;
  return {
    present: { sheets: new Set(SHEETS), all: sheets.items.map((x) => x.name), table: !table.isNullObject },
    opened,
    read: { figures: [...ledgers.figures.rows.values()], reports: [...ledgers.reports.rows.values()] },
    headers: new Map<string, XlRange>(),
  };
}

const isLoaded = (sheets: { items: unknown }, table: { isNullObject: boolean }) => {
  try {
    return Boolean(sheets.items) && typeof table.isNullObject === 'boolean';
  } catch {
    return false;
  }
};

/**
 * The first insert, or sheets missing: sync 1 lists which exist; sync 2 (only when some do) opens them for writing
 * while it reads what they hold, and, without our meta, their headers (a person's own sheet of our name is left alone).
 */
export async function readTheLongWay(
  context: XlContext,
  old: WorkbookMeta | null,
  writable: (lead: string) => boolean,
) {
  const present = await existingSheets(context, old);
  const names = SHEETS.filter((s) => present.sheets.has(s));
  const opened = queueOpen(context, names);
  const headers: Map<string, XlRange> = old ? new Map<string, XlRange>() : queueHeaderRead(context, names);
  const read = await readExisting(context, present, old, writable).catch((error: unknown) =>
    explainOpenFailure(context, names, error),
  );
  return { present, opened, read, headers };
}

/**
 * Sync 1: which of our sheets and our table exist. Copies left by an insert whose restore failed (backup.ts) are put
 * back first.
 */
async function existingSheets(context: XlContext, old: WorkbookMeta | null): Promise<Present> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  const table = context.workbook.tables.getItemOrNullObject(TARGETS_TABLE);
  table.load('isNullObject');
  await context.sync();
  const names = sheets.items.map((s) => s.name);
  const all = new Set(names);
  const left = SHEETS.filter((s) => all.has(backupName(s)));
  if (left.length) {
    const existing = SHEETS.filter((s) => all.has(s) || left.includes(s));
    await restoreSheets(context, { existing, added: [], tableRows: old?.targetRows ?? null });
    return existingSheets(context, old);
  }
  return { sheets: new Set(SHEETS.filter((s) => all.has(s))), all: names, table: !table.isNullObject };
}

/**
 * Sync 2 (only when our ledgers exist): their rows, to carry edits over. With the workbook's meta the row counts
 * are known and the read is chunked if Excel refuses a large response; without it (settings lost) the used range
 * of each sheet is read instead.
 */
async function readExisting(
  context: XlContext,
  present: Present,
  meta: WorkbookMeta | null,
  writable: (lead: string) => boolean,
) {
  const has = (sheet: string) => present.sheets.has(sheet);
  if (meta && has(TARGETS_SHEET) && has(PROGRESS_SHEET)) {
    const ledgers = await readLedgers(context, meta, writable);
    return { figures: [...ledgers.figures.rows.values()], reports: [...ledgers.reports.rows.values()] };
  }
  const used = new Map(
    [TARGETS_SHEET, PROGRESS_SHEET].filter(has).map((name) => {
      // Values only: cells a person merely formatted (a whole column, say) do not stretch the range.
      const range = context.workbook.worksheets.getItem(name).getUsedRange(true);
      range.load(['values', 'numberFormat', 'address']);
      return [name, range] as const;
    }),
  );
  if (present.sheets.size) await context.sync();
  const rowsOf = <V, S extends WriteStamp, I>(spec: LedgerSpec<V, S, I>) => {
    const range = used.get(spec.sheet);
    if (!range) return [];
    const inputs = indexesOf(spec.columns, 'input');
    const formats = dataRows(range, range.numberFormat, 'General').map((row) => inputs.map((i) => row[i] ?? 'General'));
    return [...decodeRows(spec, dataRows(range, range.values, ''), writable, formats).values()];
  };
  return { figures: rowsOf(figureLedger), reports: rowsOf(reportLedger) };
}

/** A grid of the used range re-aligned so that index 0 is sheet row 2 and column A comes first. */
function dataRows<T>(used: XlRange, grid: T[][], blank: T): T[][] {
  const { row, col } = parseAddress(used.address.split('!').pop()!);
  const pad = (cells: T[]) => [...Array<T>(col).fill(blank), ...cells];
  const rows = grid.map(pad);
  return row === 0 ? rows.slice(1) : [...Array.from({ length: row - 1 }, () => [] as T[]), ...rows];
}
