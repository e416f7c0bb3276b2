// Ledger rows → WriteOps: the full sheet on insert, or only what sync/pull changed. Pure; apply.ts runs them.
import { statusLabels, type WriteStamp } from '@plansync/shared';
import type { Lang } from '../i18n/lang';
import { rangeAddress, runs } from '../layout/address';
import { HIDDEN_ROLES, indexOf, indexesOf } from '../layout/columns';
import { encodeRow, headerRow } from '../layout/encode';
import { sheetRowOf, type LedgerRow, type LedgerSpec } from '../layout/ledger';
import { LIGHT_RULES, lightFill } from '../layout/lights';
import { MARK_FILL, cellMark } from '../layout/state-text';
import { TARGETS_SHEET, TARGETS_TABLE } from '../layout/figure-ledger';
import { mergeAreas } from './areas';
import type { WriteOp } from './ops';

/** The 指标 table's style (a restore adds the table again: backup.ts). */
export const TARGETS_TABLE_STYLE = 'TableStyleLight9';

/** Fill of the header rows, on the 计划 sheet too. */
export const HEADER_FILL = '#DDEBF7';

export interface LedgerWriteOptions {
  lang: Lang;
  /** ExcelApi 1.8: data validation. */
  validation: boolean;
  /**
   * ExcelApi 1.6: the 亮灯 column is coloured by conditional formats set here once (`LIGHT_RULES`), so a refresh
   * writes only the words; without it, static fills written with every refresh.
   */
  lightRules: boolean;
}

/** Everything a ledger sheet shows, written over a cleared (and unprotected) sheet. */
export function fullLedgerOps<V, S extends WriteStamp, I>(
  spec: LedgerSpec<V, S, I>,
  rows: readonly LedgerRow<V, S>[],
  { lang, validation, lightRules }: LedgerWriteOptions,
): WriteOp[] {
  const { sheet, columns } = spec;
  const n = rows.length;
  const last = columns.length - 1;
  const lastRow = Math.max(n, 1);
  const ops: WriteOp[] = [];
  const column = (i: number, fromRow = 0) => rangeAddress(fromRow, i, lastRow, i);
  columns.forEach((c, i) => {
    if (c.format && n) ops.push({ kind: 'numberFormat', sheet, address: column(i, 1), formats: c.format });
  });
  ops.push({ kind: 'values', sheet, address: rangeAddress(0, 0, 0, last), values: [headerRow(columns, lang)] });
  if (n)
    ops.push({
      kind: 'values',
      sheet,
      address: rangeAddress(1, 0, n, last),
      values: rows.map((r, i) => encodeRow(spec, r, i, lang)),
    });
  ops.push({ kind: 'style', sheet, address: rangeAddress(0, 0, 0, last), style: { bold: true, wrap: true } });
  ops.push({ kind: 'fill', sheet, address: rangeAddress(0, 0, 0, last), color: HEADER_FILL });
  columns.forEach((c, i) => {
    const hidden = HIDDEN_ROLES.includes(c.role);
    ops.push({
      kind: 'style',
      sheet,
      address: column(i),
      style: { width: c.width, top: true, ...(c.wrap ? { wrap: true } : {}), ...(hidden ? { hidden } : {}) },
    });
  });
  const positioned = rows.map((r, i) => [i, r] as const);
  ops.push(...inputCellOps(spec, positioned, 'lock'), ...inputCellOps(spec, positioned, 'marked'));
  const lights = indexOf(columns, 'light');
  if (!lightRules) ops.push(...lightFillOps(spec, positioned));
  else if (n) ops.push({ kind: 'textFills', sheet, address: column(lights, 1), rules: [...LIGHT_RULES] });
  if (spec.sheet === TARGETS_SHEET && n)
    ops.push({
      kind: 'table',
      sheet,
      address: rangeAddress(0, 0, n, last),
      name: TARGETS_TABLE,
      style: TARGETS_TABLE_STYLE,
    });
  ops.push({ kind: 'freeze', sheet, rows: 1 });
  if (validation && n) ops.push(...validationOps(spec, n, lang));
  if (columns.some((c) => c.id === 'rate') && n)
    ops.push({ kind: 'dataBar', sheet, address: column(indexOf(columns, 'rate'), 1) });
  return ops;
}

/**
 * After sync/pull/choice: the judged (本期/上期, 序时进度/亮灯), state and bookkeeping block of every row (with the lights' fills), the input cells of rows whose shown
 * value changed (`inputRows`, so nothing typed meanwhile elsewhere is overwritten), and the cell marks.
 */
export function refreshOps<V, S extends WriteStamp, I>(
  spec: LedgerSpec<V, S, I>,
  rows: ReadonlyMap<number, LedgerRow<V, S>>,
  inputRows: ReadonlySet<number>,
  lang: Lang,
  lightRules: boolean,
): WriteOp[] {
  const { sheet, columns } = spec;
  const indexes = [...rows.keys()].sort((a, b) => a - b);
  if (!indexes.length) return [];
  const [first] = indexesOf(columns, 'judged') as [number];
  const inputs = indexesOf(columns, 'input');
  const [inFirst, inLast] = [inputs[0]!, inputs[inputs.length - 1]!];
  const [top, bottom] = [indexes[0]!, indexes[indexes.length - 1]!];
  const encoded = new Map(indexes.map((i) => [i, encodeRow(spec, rows.get(i)!, i, lang)]));
  // Rows without a key (blank lines) between keyed rows keep blanks in the bookkeeping block.
  const blank = columns.map(() => '');
  const block = (from: number, to: number, c0: number, c1: number) =>
    Array.from({ length: to - from + 1 }, (_, k) => (encoded.get(from + k) ?? blank).slice(c0, c1 + 1));
  const ops: WriteOp[] = [
    {
      kind: 'values',
      sheet,
      address: rangeAddress(sheetRowOf(top), first, sheetRowOf(bottom), columns.length - 1),
      values: block(top, bottom, first, columns.length - 1),
    },
  ];
  for (const run of runs(
    indexes,
    (i) => (inputRows.has(i) ? 'in' : null),
    (i) => i,
  )) {
    // The input columns' formats first (General for 完成值, text for the rest), as at insert: a paste may have
    // brought a percent or date format that would change what the written value reads as.
    for (const i of inputs) {
      const format = columns[i]!.format;
      if (!format) continue;
      ops.push({
        kind: 'numberFormat',
        sheet,
        address: rangeAddress(sheetRowOf(run.first), i, sheetRowOf(run.last), i),
        formats: format,
      });
    }
    ops.push({
      kind: 'values',
      sheet,
      address: rangeAddress(sheetRowOf(run.first), inFirst, sheetRowOf(run.last), inLast),
      values: block(run.first, run.last, inFirst, inLast),
    });
  }
  // Marks are redrawn from clean input columns: one clear per column, then one fill per run of marked rows; the
  // lights likewise when they are static fills (with conditional formats, the words written above colour them).
  const clears = mergeAreas(
    [...inputs, ...(lightRules ? [] : [indexOf(columns, 'light')])].map((col): WriteOp => ({
      kind: 'fill',
      sheet,
      address: rangeAddress(sheetRowOf(top), col, sheetRowOf(bottom), col),
      color: null,
    })),
  );
  const positioned = indexes.map((i) => [i, rows.get(i)!] as const);
  return [
    ...ops,
    ...clears,
    ...inputCellOps(spec, positioned, 'marked'),
    ...(lightRules ? [] : lightFillOps(spec, positioned)),
  ];
}

/**
 * The 亮灯 cells' static fills where the workbook has no conditional formats for them: one fill per run of rows that
 * share a light, merged into as few areas as possible.
 */
function lightFillOps<V, S extends WriteStamp, I>(
  spec: LedgerSpec<V, S, I>,
  rows: readonly (readonly [number, LedgerRow<V, S>])[],
): WriteOp[] {
  const col = indexOf(spec.columns, 'light');
  const ops = runs(
    rows,
    ([, row]) => lightFill(row.judged.light),
    ([i]) => i,
  ).map((run): WriteOp => ({
    kind: 'fill',
    sheet: spec.sheet,
    address: rangeAddress(sheetRowOf(run.first), col, sheetRowOf(run.last), col),
    color: run.key,
  }));
  return mergeAreas(ops);
}

/**
 * Unlocks the input cells of writable rows (`lock`), or colours input cells by their mark (`fill`, clearing unmarked
 * ones; `marked`, only the marked ones, where the column has just been cleared: half the ops for an editor whose
 * rows alternate with other units'); one op per mark listing its runs of rows (`mergeAreas`).
 * A writable row's 同步状态 cell is unlocked too, so marks can be written while the person types without
 * unprotecting the sheet (which would clear their undo stack).
 */
export function inputCellOps<V, S extends WriteStamp, I>(
  spec: LedgerSpec<V, S, I>,
  rows: readonly (readonly [number, LedgerRow<V, S>])[],
  what: 'lock' | 'fill' | 'marked',
): WriteOp[] {
  const inputs = indexesOf(spec.columns, 'input');
  const cols = what === 'lock' ? [...inputs, indexOf(spec.columns, 'state')] : inputs;
  const ops = cols.flatMap((col, field) =>
    runs(
      rows,
      ([, row]) => {
        if (what === 'lock') return row.writable ? 'unlocked' : null;
        const mark = cellMark(row, field);
        return what === 'marked' && mark === 'none' ? null : mark;
      },
      ([i]) => i,
    ).map((run): WriteOp => {
      const address = rangeAddress(sheetRowOf(run.first), col, sheetRowOf(run.last), col);
      return what === 'lock'
        ? { kind: 'style', sheet: spec.sheet, address, style: { locked: false } }
        : { kind: 'fill', sheet: spec.sheet, address, color: MARK_FILL[run.key as keyof typeof MARK_FILL] };
    }),
  );
  return mergeAreas(ops);
}

function validationOps<V, S extends WriteStamp, I>(spec: LedgerSpec<V, S, I>, n: number, lang: Lang): WriteOp[] {
  const zh = lang === 'zh';
  const at = (id: string) => {
    const col = indexOf(spec.columns, id);
    return rangeAddress(1, col, n, col);
  };
  if (spec.columns.some((c) => c.id === 'value')) {
    // A number of 0 or more, or text with 万 (1.5万): staff write 万 all the time, and a decimal rule would make Excel
    // refuse it before the add-in could read it. Anything else that slips in (a paste) is marked at sync.
    const first = rangeAddress(1, indexOf(spec.columns, 'value'));
    return [
      {
        kind: 'validation',
        sheet: spec.sheet,
        address: at('value'),
        rule: { custom: `=OR(AND(ISNUMBER(${first}),${first}>=0),ISNUMBER(FIND("万",${first})))` },
        message: zh
          ? '完成值请填写不小于 0 的数字，如 30、1,200 或 1.5万'
          : 'Type a figure of 0 or more, e.g. 30, 1,200 or 1.5万',
      },
    ];
  }
  return [
    {
      kind: 'validation',
      sheet: spec.sheet,
      address: at('status'),
      rule: { list: statusLabels(lang) },
      message: zh ? '请从列表中选择状态' : 'Choose a status from the list',
    },
  ];
}
