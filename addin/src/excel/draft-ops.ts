// The 计划草稿 sheet as WriteOps: the draft grid, text formats where Excel must not convert, warnings marked, lists.
import {
  DIRECTION_LABELS,
  DRAFT_SHEET,
  NO,
  TARGET_COL,
  TARGET_HEADERS,
  TASK_COL,
  TASK_HEADERS,
  UNIT_LIST_COLUMN,
  YES,
  type CellValue,
  type DraftLayout,
  type DraftMark,
} from '@plansync/shared';
import { columnLetter, rangeAddress } from '../layout/address';
import { literal } from '../layout/encode';
import { MARK_FILL } from '../layout/state-text';
import { HEADER_FILL } from './ledger-ops';
import type { WriteOp } from './ops';

/** Cells a warning points at (a person should look); errors reuse the ledgers' refused-cell colour. */
export const DRAFT_WARNING_FILL = '#FFF4CE';
export const DRAFT_ERROR_FILL = MARK_FILL.invalid!;
/** Rows below the target block formatted like it, so a target typed there keeps `4.10` as text. */
const SPARE_ROWS = 100;
const WIDTHS = [56, 90, 360, 110, 200, 90, 160, 70, 70, 200, 24, 110];

const sheet = DRAFT_SHEET;

/** Everything written on a fresh or cleared sheet: values, formats, headers, widths, warnings, validation. */
export function draftOps(layout: DraftLayout, validation: boolean): WriteOp[] {
  const { values, taskHeaderRow, targetHeaderRow } = layout;
  const width = values[0]!.length;
  const lastRow = values.length - 1;
  const targetRows = [targetHeaderRow + 1, Math.max(targetHeaderRow + 1, targetHeaderRow + layout.targetCount)];
  const taskRows = [taskHeaderRow + 1, taskHeaderRow + Math.max(1, layout.taskCount)];
  // Text wherever the draft holds text (ids such as 4.10, dates, 5-8): Excel converts only what is General.
  const formats = values.map((row) => row.map((v) => (typeof v === 'number' ? 'General' : '@')));
  const spareFormats = Array.from({ length: SPARE_ROWS }, () => formats[targetRows[0]!] ?? formats[targetHeaderRow]!);
  const header = (row: number, count: number): WriteOp[] => [
    { kind: 'style', sheet, address: rangeAddress(row, 0, row, count - 1), style: { bold: true } },
    { kind: 'fill', sheet, address: rangeAddress(row, 0, row, count - 1), color: HEADER_FILL },
  ];
  const ops: WriteOp[] = [
    { kind: 'numberFormat', sheet, address: rangeAddress(0, 0, lastRow, width - 1), formats },
    {
      kind: 'numberFormat',
      sheet,
      address: rangeAddress(lastRow + 1, 0, lastRow + SPARE_ROWS, width - 1),
      formats: spareFormats,
    },
    { kind: 'values', sheet, address: rangeAddress(0, 0, lastRow, width - 1), values: values.map(encodeRow) },
    { kind: 'style', sheet, address: rangeAddress(0, 0, taskHeaderRow - 2, 0), style: { bold: true } },
    ...header(taskHeaderRow, TASK_HEADERS.length),
    ...header(targetHeaderRow, TARGET_HEADERS.length),
    { kind: 'style', sheet, address: rangeAddress(0, UNIT_LIST_COLUMN), style: { bold: true } },
    ...WIDTHS.map((w, col): WriteOp => ({
      kind: 'style',
      sheet,
      address: rangeAddress(0, col, lastRow, col),
      style: {
        width: w,
        wrap: col === TASK_COL.工作任务 || col === TASK_COL.提示 || col === TARGET_COL.提示,
        top: true,
      },
    })),
    ...markOps(layout.warnings, DRAFT_WARNING_FILL),
  ];
  if (validation) {
    const list = (
      col: number,
      [first, last]: number[],
      rule: { list: string[] } | { source: string },
      message: string,
    ) =>
      ({ kind: 'validation', sheet, address: rangeAddress(first!, col, last, col), rule, message }) satisfies WriteOp;
    const units = `=$${columnLetter(UNIT_LIST_COLUMN)}$2:$${columnLetter(UNIT_LIST_COLUMN)}$${Math.max(2, layout.units.length + 1)}`;
    ops.push(
      list(TASK_COL.牵头单位, taskRows, { source: units }, '请从右侧“单位列表”中选择牵头单位（可先在列表中添加）。'),
      list(
        TARGET_COL.方向,
        [targetRows[0]!, targetRows[1]! + SPARE_ROWS],
        { list: Object.values(DIRECTION_LABELS) },
        '方向请从列表中选择。',
      ),
      list(TARGET_COL.约数, [targetRows[0]!, targetRows[1]! + SPARE_ROWS], { list: [YES, NO] }, '约数填“是”或“否”。'),
    );
  }
  return [...ops, { kind: 'activate', sheet }];
}

/** Each marked cell filled, each row's reasons in its 提示 cell (replacing what the row said before). */
export function markOps(
  marks: readonly DraftMark[],
  color: string,
  blocks?: { taskHeader: number; targetHeader: number },
): WriteOp[] {
  const notes = new Map<string, { row: number; col: number; text: string[] }>();
  const ops: WriteOp[] = [];
  for (const mark of marks) {
    ops.push({ kind: 'fill', sheet, address: rangeAddress(mark.row, mark.col), color });
    if (!blocks) continue;
    const col = noteColumn(mark.row, blocks);
    const key = `${mark.row}:${col}`;
    const note = notes.get(key) ?? { row: mark.row, col, text: [] };
    note.text.push(mark.message.zh);
    notes.set(key, note);
  }
  for (const { row, col, text } of notes.values())
    ops.push({ kind: 'values', sheet, address: rangeAddress(row, col), values: [[literal(text.join('；'))]] });
  return ops;
}

/** Where a row's reasons go: beside the plan facts, or the 提示 column of its block. */
function noteColumn(row: number, { taskHeader, targetHeader }: { taskHeader: number; targetHeader: number }): number {
  return row < taskHeader ? 2 : row < targetHeader ? TASK_COL.提示 : TARGET_COL.提示;
}

const encodeRow = (row: CellValue[]) => row.map(literal);
