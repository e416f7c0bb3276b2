// Test fixtures for the Excel layer: a fake workbook with a plan, an in-memory API, and cell look-ups by row key.
import type { Plan, Writer } from '@plansync/shared';
import { memoryApi } from '../api/memory-api';
import { insertPlan } from '../excel/insert';
import { FakeWorkbook, fakeHost } from '../excel-fake';
import { columnLetter, parseAddress } from '../layout/address';
import { indexOf, type Column } from '../layout/columns';
import { reportLedger } from '../layout/report-ledger';
import { figureLedger } from '../layout/figure-ledger';

/** The seed plan, parsed under its id. */
export { readSeedPlan as seedPlan } from '@plansync/shared/seed-plan';

/** The date the fixtures' actions judge at: a sync then reports June 2014 (截至6月底). */
export const JUDGED_ON = '2014-07-08';

export const ADMIN: Writer = { role: 'admin', unit: null, tokenId: 'tok-admin' };
export const editorOf = (unit: string): Writer => ({ role: 'editor', unit, tokenId: `tok-${unit}` });

export function setup(plan: Plan, me: Writer, apiVersion = '1.8') {
  const book = new FakeWorkbook();
  book.addSheet('Sheet1');
  const host = fakeHost(book, apiVersion);
  const api = memoryApi(plan, me);
  // Judged on 8 July 2014: after June's due day (the 5th) under the default schedule, so a sync reports 2014-06.
  return { book, host, api, deps: { host, api, me, lang: 'zh' as const, asOf: () => JUDGED_ON } };
}

/** `setup` with `plan` inserted into the workbook (as the server has it) and the sync counts started afresh. */
export async function inserted(plan: Plan, me: Writer, apiVersion?: string) {
  const s = setup(plan, me, apiVersion);
  await insertPlan(s.deps, plan, await s.api.progress(plan.id));
  s.host.resetStats();
  return s;
}

/** The letter of column `id` on a ledger sheet (`state` on 指标 → `O`), so tests follow the layout. */
export function letterOf(sheet: '指标' | '进展', id: string): string {
  const columns: readonly Column[] = sheet === '指标' ? figureLedger.columns : reportLedger.columns;
  return columnLetter(indexOf(columns, id));
}

/**
 * The editor these tests type as: the lead unit of the first task with two or more targets, and the ids of every
 * target that unit leads, in plan order.
 */
export function leadAndTargets(plan: Plan): { lead: string; targets: string[] } {
  const lead = plan.tasks.find((t) => t.targets.length >= 2)!.leadUnit;
  const targets = plan.tasks.filter((t) => t.leadUnit === lead).flatMap((t) => t.targets.map((x) => x.id));
  return { lead, targets };
}

/** A1 address of column `id` in the row whose key column holds `key`. */
export function cellOf(book: FakeWorkbook, sheet: '指标' | '进展', key: string, id: string): string {
  const grid = book.sheet(sheet)!.snapshot();
  const row = grid.findIndex((r, i) => i > 0 && String(r[0]) === key);
  if (row < 0) throw new Error(`no row ${key} on ${sheet}`);
  return `${letterOf(sheet, id)}${row + 1}`;
}

/** The value Office.js would report for that cell. */
export function valueOf(book: FakeWorkbook, sheet: '指标' | '进展', key: string, id: string) {
  const { row, col } = parseAddress(cellOf(book, sheet, key, id));
  return book.valueAt(sheet, row, col);
}

/** The fill that cell shows: a conditional format's when one applies, else its own. */
export function fillShown(book: FakeWorkbook, sheet: '指标' | '进展', key: string, id: string) {
  const { row, col } = parseAddress(cellOf(book, sheet, key, id));
  return book.fillShown(sheet, row, col);
}

/** The fake's cell record (fill, lock …) for that cell. */
export function cellAt(book: FakeWorkbook, sheet: '指标' | '进展', key: string, id: string) {
  const { row, col } = parseAddress(cellOf(book, sheet, key, id));
  return book.sheet(sheet)!.cell(row, col);
}
