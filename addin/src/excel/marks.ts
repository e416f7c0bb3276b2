// Marks rows while a person types: reads the rows a change touched (1 context.sync) and writes their 同步状态 and
// input fills (1 more, only when a mark changed), by the same cell rules as sync; no request to the server.
import { canWrite, diffRows, isEdited, type WriteStamp, type Writer } from '@plansync/shared';
import type { Lang } from '../i18n/lang';
import { rangeAddress, runs } from '../layout/address';
import { indexOf } from '../layout/columns';
import { markIssues } from '../layout/issues';
import { DEFAULT_CHECK_FACTOR } from '../layout/plausibility';
import { decodeRows, reportedBefore, sheetRowOf, type LedgerRow, type LedgerSpec } from '../layout/ledger';
import { stateText } from '../layout/state-text';
import { writeOps } from './write-ops';
import { inputCellOps } from './ledger-ops';
import type { WriteOp } from './ops';
import { readMeta } from './meta';
import { inputSpan } from './read';
import type { ExcelHost, XlContext, XlRange } from './types';

/** What a row waits for: to be sent, to be fixed, or a choice on a conflict (null: nothing). */
type RowStatus = 'pending' | 'invalid' | 'conflict' | null;

/** Data-row indexes (0 = sheet row 2), inclusive. */
export interface RowSpan {
  first: number;
  last: number;
}

export interface MarkDeps {
  host: ExcelHost;
  me: Writer;
  lang: Lang;
}

/** Either ledger's spec, where code works on both alike. */
export type AnySpec = LedgerSpec<unknown, WriteStamp, unknown>;

/** A ledger's spec with the span of its rows a change touched. */
export interface Touched {
  spec: AnySpec;
  span: RowSpan;
}

/** `指标!4.1` (sheet and row key) → status, for every row read; what the pane counts. */
export type Statuses = Map<string, RowStatus>;

/** Rows with every issue the cell rules find, as sync would mark them (issues of an earlier action are replaced). */
function markedRows<V, S extends WriteStamp, I>(
  spec: LedgerSpec<V, S, I>,
  rows: ReadonlyMap<number, LedgerRow<V, S>>,
  lang: Lang,
  factor = DEFAULT_CHECK_FACTOR,
): Map<number, LedgerRow<V, S>> {
  const marked = new Map(
    [...rows].map(([i, row]) => [i, { ...row, issue: null, check: typedCheck(spec, row, lang, factor) }]),
  );
  markIssues(marked, diffRows(spec.codec, [...rows.values()]).invalid, lang);
  return marked;
}

/** The status of every row, keyed like Statuses. */
export function countRows<V, S extends WriteStamp, I>(
  spec: LedgerSpec<V, S, I>,
  rows: ReadonlyMap<number, LedgerRow<V, S>>,
  lang: Lang,
): Statuses {
  const out: Statuses = new Map();
  for (const row of markedRows(spec, rows, lang).values()) out.set(`${spec.sheet}!${row.key}`, rowStatus(spec, row));
  return out;
}

/** 请核实 for a figure being typed (against the one already reported); an untouched row keeps its question. */
function typedCheck<V, S extends WriteStamp, I>(
  spec: LedgerSpec<V, S, I>,
  row: LedgerRow<V, S>,
  lang: Lang,
  factor: number,
): string | null {
  const { parsed } = row;
  if (!parsed.ok || parsed.value === null) return null;
  if (spec.codec.equal(parsed.value, row.synced)) return row.check ?? null;
  return spec.check?.(parsed.value, reportedBefore(spec, row, factor, lang), row.info, factor, lang) ?? null;
}

function rowStatus<V, S extends WriteStamp, I>(spec: LedgerSpec<V, S, I>, row: LedgerRow<V, S>): RowStatus {
  if (row.issue) return 'invalid';
  if (row.conflict) return 'conflict';
  return isEdited(spec.codec, row) ? 'pending' : null;
}

/** Reads the touched rows of each ledger in one sync, writes the marks that changed in one more. */
export async function markTouched(deps: MarkDeps, touched: readonly Touched[]): Promise<Statuses> {
  const { host, me, lang } = deps;
  const factor = readMeta(host.settings)?.checkFactor ?? DEFAULT_CHECK_FACTOR;
  const writable = (leadUnit: string) => canWrite(me, { leadUnit });
  const statuses: Statuses = new Map();
  await host.run(async (context) => {
    const reads = touched.map(({ spec, span }) => {
      const sheet = context.workbook.worksheets.getItem(spec.sheet);
      const [top, bottom] = [sheetRowOf(span.first), sheetRowOf(span.last)];
      const [inFirst, inLast] = inputSpan(spec);
      const range = sheet.getRange(rangeAddress(top, 0, bottom, spec.columns.length - 1));
      const formats = sheet.getRange(rangeAddress(top, inFirst, bottom, inLast));
      range.load('values');
      // Excel's conversions (85% → 0.85 with a % format) are undone from the formats, as sync reads them.
      formats.load('numberFormat');
      return { sheet: spec.sheet, mark: () => markOps(spec, span, range, formats, writable, lang, factor) };
    });
    await context.sync();
    const ops = reads.flatMap(({ sheet, mark }) => {
      const { ops: sheetOps, statuses: sheetStatuses } = mark();
      for (const [key, status] of sheetStatuses) statuses.set(`${sheet}!${key}`, status);
      return sheetOps;
    });
    if (ops.length) await writeMarks(context, ops);
  });
  return statuses;
}

function markOps<V, S extends WriteStamp, I>(
  spec: LedgerSpec<V, S, I>,
  span: RowSpan,
  range: XlRange,
  formats: XlRange,
  writable: (leadUnit: string) => boolean,
  lang: Lang,
  factor: number,
) {
  const stateCol = indexOf(spec.columns, 'state');
  const decoded = new Map(
    [...decodeRows(spec, range.values, writable, formats.numberFormat)].map(([i, row]) => [i + span.first, row]),
  );
  const rows = markedRows(spec, decoded, lang, factor);
  const changed = new Map<number, string>();
  const statuses = new Map<string, RowStatus>(); // by row key; markTouched adds the sheet
  for (const [index, row] of rows) {
    statuses.set(row.key, rowStatus(spec, row));
    const text = stateText(spec, row, lang);
    if (text !== range.values[index - span.first]![stateCol]) changed.set(index, text);
  }
  const indexes = [...changed.keys()].sort((a, b) => a - b);
  const ops: WriteOp[] = runs(
    indexes,
    () => 'run',
    (i) => i,
  ).map((run) => ({
    kind: 'values',
    sheet: spec.sheet,
    address: rangeAddress(sheetRowOf(run.first), stateCol, sheetRowOf(run.last), stateCol),
    values: Array.from({ length: run.last - run.first + 1 }, (_, k) => [changed.get(run.first + k)!]),
  }));
  ops.push(
    ...inputCellOps(
      spec,
      indexes.map((i) => [i, rows.get(i)!] as const),
      'fill',
    ),
  );
  return { ops, statuses };
}

/**
 * Sheets inserted before the 同步状态 cells were unlocked refuse the write while protected: those get it inside one
 * unprotect/protect (which clears the undo stack, as every action already does), until the plan is inserted again.
 */
async function writeMarks(context: XlContext, ops: WriteOp[]): Promise<void> {
  try {
    await writeOps(context, ops);
  } catch (error) {
    if ((error as { code?: string }).code !== 'AccessDenied') throw error;
    const sheets = [...new Set(ops.flatMap((op) => ('sheet' in op ? [op.sheet] : [])))];
    await writeOps(context, [
      ...sheets.map((sheet): WriteOp => ({ kind: 'unprotect', sheet })),
      ...ops,
      ...sheets.map((sheet): WriteOp => ({ kind: 'protect', sheet })),
    ]);
  }
}
