// The 计划草稿 sheet read back → Plan, or every cell that stops it from being published, with its reason.
import { parseChineseNumber } from '../plan/numerals';
import { toHalfWidthNumbers } from '../text/half-width';
import {
  PLAN_ID_PATTERN,
  PLAN_TITLE_MAX_CHARS,
  PlanSchema,
  TARGET_ID_PATTERN,
  TARGET_DIRECTIONS,
  type Plan,
  type Section,
  type Target,
  type Task,
} from '../plan/schema';
import { parseUnitList } from '../plan/units';
import type { CellValue } from '../sync/cell';
import {
  DIRECTION_LABELS,
  META_LABELS,
  NO,
  TARGET_COL,
  TASK_COL,
  UNIT_LIST_COLUMN,
  UNIT_LIST_HEADER,
  YES,
  type DraftMark,
} from './draft-layout';
import { DRAFT_MESSAGES as M, type DraftMessage } from './draft-messages';

export interface DraftRead {
  /** The plan, when no cell has an error. */
  plan: Plan | null;
  errors: DraftMark[];
}

export interface DraftReadOptions {
  /** Ids a blank 编号 must not take: retired targets' and those holding progress (they would inherit it). */
  reservedTargetIds?: Iterable<string>;
}

type Grid = readonly (readonly CellValue[])[];
const SECTION_MARK = /^\s*([一二三四五六七八九十]+|\d+)\s*[、.．]\s*(.+)$/;

const text = (v: CellValue | undefined) => (v === null || v === undefined ? '' : String(v).trim());
const numberOf = (v: CellValue | undefined) => {
  if (typeof v === 'number') return v;
  const t = toHalfWidthNumbers(text(v)).replace(/,/g, '');
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : NaN;
};

/**
 * Reads the draft as `draftLayout` writes it, wherever the admin moved its blocks (they are found by their header
 * rows): plan facts by their labels in column A, then one task per row, then one target per row. Blank rows are
 * skipped. Every check names its cell (issue 13: no lead unit, a duplicated number, 下限 > 上限, a title too long to
 * store …); the plan is returned only when there is none, and then it also passes `PlanSchema`.
 */
export function readDraft(grid: Grid, options: DraftReadOptions = {}): DraftRead {
  const errors: DraftMark[] = [];
  const fail = (row: number, col: number, message: DraftMessage) => errors.push({ row, col, message });
  const blocks = findDraftBlocks(grid);
  if (!blocks) return { plan: null, errors: [{ row: 0, col: 0, message: M.noBlocks }] };
  const { taskHeader, targetHeader } = blocks;

  const metaRow = (label: string) => grid.slice(0, taskHeader).findIndex((r) => text(r[0]) === label);
  const meta = (label: (typeof META_LABELS)[number]) => {
    const row = metaRow(label);
    return { row: Math.max(0, row), value: row < 0 ? '' : grid[row]![1] };
  };
  const id = meta('计划编号');
  if (!PLAN_ID_PATTERN.test(text(id.value))) fail(id.row, 1, M.planId);
  const title = meta('标题');
  const titleText = text(title.value);
  if (!titleText) fail(title.row, 1, M.noTitle);
  else if (titleText.length > PLAN_TITLE_MAX_CHARS) fail(title.row, 1, M.titleTooLong(titleText.length));
  const year = meta('年度');
  const yearNumber = numberOf(year.value);
  if (!(Number.isInteger(yearNumber) && yearNumber >= 1900 && yearNumber <= 2999)) fail(year.row, 1, M.year);
  const issuedOn = meta('发文日期');
  if (text(issuedOn.value) && !/^\d{4}-\d{2}-\d{2}$/.test(text(issuedOn.value))) fail(issuedOn.row, 1, M.issuedOn);

  const rowsOf = (from: number, to: number, width: number) =>
    grid
      .slice(from, to)
      .map((cells, i) => ({ cells, row: from + i }))
      .filter(({ cells }) => cells.slice(0, width).some((c) => text(c) !== ''));
  const taskRows = rowsOf(taskHeader + 1, targetHeader, TASK_COL.提示);
  const targetRows = rowsOf(targetHeader + 1, grid.length, TARGET_COL.提示);
  const { sections, tasks, rowOfTask } = readTasks(taskRows, fail);
  const targets = readTargets(targetRows, rowOfTask, options.reservedTargetIds ?? [], fail);
  if (errors.length) return { plan: null, errors };

  const plan: Plan = {
    id: text(id.value),
    title: titleText,
    issuer: text(meta('发文单位').value),
    issuedOn: text(issuedOn.value),
    year: yearNumber,
    sections,
    tasks: tasks.map((t) => ({ ...t, targets: withOffsets(t, targets.get(t.number) ?? []) })),
    units: [...new Set([...unitList(grid), ...tasks.flatMap((t) => t.units)])],
  };
  const checked = PlanSchema.safeParse(plan);
  if (checked.success) return { plan: checked.data, errors };
  // Anything the checks above missed still lands on a cell, in the product's words (never zod's).
  for (const issue of checked.error.issues) {
    const [top, i, field, j] = issue.path;
    if (top === 'tasks' && typeof i === 'number' && field === 'targets' && typeof j === 'number') {
      fail(targets.get(plan.tasks[i]!.number)![j]!.row, TARGET_COL.编号, M.invalid);
    } else if (top === 'tasks' && typeof i === 'number') fail(taskRows[i]!.row, TASK_COL.序号, M.invalid);
    else fail(title.row, 1, M.invalid);
  }
  return { plan: null, errors };
}

/** The 单位列表 column: the plan's units in their order, plus any the admin added (units on tasks follow). */
function unitList(grid: Grid): string[] {
  const header = grid.findIndex((r) => text(r[UNIT_LIST_COLUMN]) === UNIT_LIST_HEADER);
  if (header < 0) return [];
  return grid
    .slice(header + 1)
    .map((r) => text(r[UNIT_LIST_COLUMN]))
    .filter(Boolean);
}

/** 0-based rows of the two block headers, found by their texts; null when either is missing or out of order. */
export function findDraftBlocks(grid: Grid): { taskHeader: number; targetHeader: number } | null {
  const taskHeader = grid.findIndex((r) => text(r[0]) === '序号' && text(r[TASK_COL.工作任务]) === '工作任务');
  const targetHeader = grid.findIndex((r) => text(r[0]) === '编号' && text(r[TARGET_COL.指标]) === '指标');
  return taskHeader < 0 || targetHeader < taskHeader ? null : { taskHeader, targetHeader };
}

type Fail = (row: number, col: number, message: DraftMessage) => void;
interface Row {
  cells: readonly CellValue[];
  row: number;
}

function readTasks(rows: Row[], fail: Fail) {
  const sections: Section[] = [];
  const tasks: Task[] = [];
  const rowOfTask = new Map<number, number>();
  let section: number | undefined;
  for (const { cells, row } of rows) {
    const number = numberOf(cells[TASK_COL.序号]);
    if (!(Number.isInteger(number) && number > 0)) fail(row, TASK_COL.序号, M.taskNumber);
    else if (rowOfTask.has(number)) fail(row, TASK_COL.序号, M.duplicateNumber(number, rowOfTask.get(number)! + 1));
    else rowOfTask.set(number, row);
    const label = text(cells[TASK_COL.分组]);
    if (label) section = sectionOf(label, sections);
    if (section === undefined) fail(row, TASK_COL.分组, M.noSection);
    const body = text(cells[TASK_COL.工作任务]);
    if (!body) fail(row, TASK_COL.工作任务, M.noText);
    const lead = text(cells[TASK_COL.牵头单位]);
    if (!lead) fail(row, TASK_COL.牵头单位, M.noLead);
    const dueBy = text(cells[TASK_COL.完成时限]);
    if (dueBy.length > 100) fail(row, TASK_COL.完成时限, M.dueByTooLong);
    const co = coUnits(text(cells[TASK_COL.配合单位]));
    const stop = body.indexOf('。');
    tasks.push({
      number,
      section: section ?? 1,
      title: stop > 0 ? body.slice(0, stop) : body,
      text: body,
      leadUnit: lead,
      units: [...new Set([lead, ...co.units].filter(Boolean))],
      groups: co.groups,
      targets: [],
      ...(dueBy ? { dueBy } : {}),
    });
  }
  return { sections, tasks, rowOfTask };
}

/** `一、人才引进` → section 1 (added when new); a label without its ordinal is matched, or added, by its title. */
function sectionOf(label: string, sections: Section[]): number {
  const match = SECTION_MARK.exec(label);
  const ordinal = match ? (/^\d+$/.test(match[1]!) ? Number(match[1]) : parseChineseNumber(match[1]!)) : NaN;
  const title = match ? match[2]!.trim() : label;
  const existing = sections.find((s) => (Number.isNaN(ordinal) ? s.title === title : s.number === ordinal));
  if (existing) return existing.number;
  const number = Number.isNaN(ordinal) ? Math.max(0, ...sections.map((s) => s.number)) + 1 : ordinal;
  sections.push({ number, title });
  return number;
}

/** 配合单位: named units, and after a `；` the catch-all groups (a catch-all typed among the units is one too). */
function coUnits(cell: string): { units: string[]; groups: string[] } {
  const split = cell.search(/[；;]/);
  const named = parseUnitList(split < 0 ? cell : cell.slice(0, split));
  const rest = parseUnitList(split < 0 ? '' : cell.slice(split + 1));
  const groups = [...rest.units, ...rest.groups];
  return { units: named.units, groups: [...named.groups, ...groups] };
}

type DraftTarget = Omit<Target, 'offset'> & { row: number };

function readTargets(
  rows: Row[],
  rowOfTask: Map<number, number>,
  reserved: Iterable<string>,
  fail: Fail,
): Map<number, DraftTarget[]> {
  const byTask = new Map<number, DraftTarget[]>();
  const rowOfId = new Map<string, number>();
  const used = new Set([...reserved, ...rows.map(({ cells }) => text(cells[TARGET_COL.编号]))]);
  const directions = new Map(TARGET_DIRECTIONS.map((d) => [DIRECTION_LABELS[d], d] as const));
  for (const { cells, row } of rows) {
    const C = TARGET_COL;
    const task = numberOf(cells[C.任务]);
    if (!rowOfTask.has(task)) fail(row, C.任务, M.unknownTask(text(cells[C.任务])));
    let id = text(cells[C.编号]);
    if (!id && rowOfTask.has(task)) id = freshId(task, used);
    if (!TARGET_ID_PATTERN.test(id)) fail(row, C.编号, M.targetId);
    else if (rowOfTask.has(task) && !id.startsWith(`${task}.`)) fail(row, C.编号, M.targetIdTask(task));
    else if (rowOfId.has(id)) fail(row, C.编号, M.duplicateTargetId(id, rowOfId.get(id)! + 1));
    else rowOfId.set(id, row);
    const metric = text(cells[C.指标]);
    if (!metric || metric.length > 200) fail(row, C.指标, M.noMetric);
    const min = numberOf(cells[C.下限]);
    const max = text(cells[C.上限]) === '' ? min : numberOf(cells[C.上限]);
    if (!(min >= 0)) fail(row, C.下限, M.bound);
    if (!(max >= 0)) fail(row, C.上限, M.bound);
    if (min > max) fail(row, C.下限, M.minAboveMax(min, max));
    const unit = text(cells[C.计量单位]);
    if (unit.length > 10) fail(row, C.计量单位, M.measureWord);
    const approximateText = text(cells[C.约数]);
    if (![YES, NO, ''].includes(approximateText)) fail(row, C.约数, M.approximate);
    const approximate = approximateText === YES;
    const directionText = text(cells[C.方向]);
    const direction = directionText
      ? (directions.get(directionText) ?? TARGET_DIRECTIONS.find((d) => d === directionText))
      : approximate
        ? 'about'
        : 'at_least';
    if (!direction) fail(row, C.方向, M.direction([...directions.keys()].join('、')));
    const quote = text(cells[C.原文]) || metric || '-';
    const list = byTask.get(task) ?? [];
    list.push({ id, task, metric, min, max, unit, approximate, direction: direction ?? 'at_least', quote, row });
    byTask.set(task, list);
  }
  return byTask;
}

/** The task's next id above every one used (in the draft, retired, or holding progress), as re-import numbers. */
function freshId(task: number, used: Set<string>): string {
  const suffixes = [...used]
    .filter((id) => id.startsWith(`${task}.`))
    .map((id) => Number(id.slice(id.indexOf('.') + 1)));
  const id = `${task}.${Math.max(0, ...suffixes.filter(Number.isInteger)) + 1}`;
  used.add(id);
  return id;
}

/** Each target's quote is found in its task text after the previous target's (quotes may repeat); else 0. */
function withOffsets(task: Task, targets: DraftTarget[]): Target[] {
  let from = 0;
  return targets.map(({ row: _row, ...t }) => {
    const at = task.text.indexOf(t.quote, from);
    const offset = at >= 0 ? at : Math.max(0, task.text.indexOf(t.quote));
    if (at >= 0) from = at;
    return { ...t, offset };
  });
}
