// The 计划草稿 (draft) sheet as a grid: plan facts, a block of tasks and a block of targets, warnings in 提示.
import type { CellValue } from '../sync/cell';
import type { Plan, PlanWarning, TargetDirection } from '../plan/schema';

export const DRAFT_SHEET = '计划草稿';

/** Labels of the plan facts, one per row from A1 down; the value sits in column B. */
export const META_LABELS = ['计划编号', '标题', '发文单位', '发文日期', '年度'] as const;
export const TASK_HEADERS = ['序号', '分组', '工作任务', '牵头单位', '配合单位', '完成时限', '提示'] as const;
export const TARGET_HEADERS = [
  '编号',
  '任务',
  '指标',
  '下限',
  '上限',
  '计量单位',
  '方向',
  '约数',
  '原文',
  '提示',
] as const;
/** The units list sits one blank column to the right of the blocks (the target block is the wider one). */
export const UNIT_LIST_COLUMN = TARGET_HEADERS.length + 1;
export const UNIT_LIST_HEADER = '单位列表';
/** Columns of the grid: the blocks, a blank one, the units list. */
export const DRAFT_WIDTH = UNIT_LIST_COLUMN + 1;

/** 0-based columns of each block, by header. */
export const META_NOTE_COL = 2;
export const TASK_COL = Object.fromEntries(TASK_HEADERS.map((h, i) => [h, i])) as Record<
  (typeof TASK_HEADERS)[number],
  number
>;
export const TARGET_COL = Object.fromEntries(TARGET_HEADERS.map((h, i) => [h, i])) as Record<
  (typeof TARGET_HEADERS)[number],
  number
>;

/** How a direction reads in the 方向 column (and which words are accepted back). */
export const DIRECTION_LABELS: Record<TargetDirection, string> = {
  at_least: '不低于',
  at_most: '不高于',
  about: '左右',
  exact: '等于',
};
export const YES = '是';
export const NO = '否';

const CHINESE_ORDINALS = '一二三四五六七八九十';

/** `一、人才引进` for section 1: the number survives the round trip, and reads the way plans write it. */
export function sectionLabel(number: number, title: string): string {
  const ordinal =
    number <= 10 ? CHINESE_ORDINALS[number - 1] : number <= 19 ? `十${CHINESE_ORDINALS[number - 11]}` : null;
  return `${ordinal ?? number}、${title}`;
}

/** A cell a warning or an error points at, with its reason. */
export interface DraftMark {
  row: number;
  col: number;
  message: { zh: string; en: string };
}

export interface DraftLayout {
  /** `DRAFT_WIDTH` columns per row. */
  values: CellValue[][];
  /** 0-based rows of the task block's header and the target block's header. */
  taskHeaderRow: number;
  targetHeaderRow: number;
  taskCount: number;
  targetCount: number;
  /** The plan's units, listed in column `UNIT_LIST_COLUMN` from row 1 down (the lead unit's list validation). */
  units: string[];
  warnings: DraftMark[];
}

/** The draft of a plan; each warning is shown on the cell it concerns and explained in the row's 提示. */
export function draftLayout(plan: Plan, warnings: readonly PlanWarning[] = []): DraftLayout {
  const blank = () => Array<CellValue>(DRAFT_WIDTH).fill('');
  const row = (cells: CellValue[]) => [...cells, ...blank()].slice(0, DRAFT_WIDTH);
  const meta = [plan.id, plan.title, plan.issuer, plan.issuedOn, plan.year];
  const values: CellValue[][] = META_LABELS.map((label, i) => row([label, meta[i]!]));
  values.push(blank());
  const taskHeaderRow = values.length;
  values.push(row([...TASK_HEADERS]));
  const sections = new Map(plan.sections.map((s) => [s.number, s.title]));
  const taskRow = new Map<number, number>();
  for (const task of plan.tasks) {
    taskRow.set(task.number, values.length);
    values.push(
      row([
        task.number,
        sectionLabel(task.section, sections.get(task.section) ?? plan.title),
        task.text,
        task.leadUnit,
        coUnitsText(task.units.slice(1), task.groups),
        task.dueBy ?? '',
      ]),
    );
  }
  values.push(blank());
  const targetHeaderRow = values.length;
  values.push(row([...TARGET_HEADERS]));
  const targetRow = new Map<string, number>();
  const targets = plan.tasks.flatMap((t) => t.targets);
  for (const target of targets) {
    // A warning quoting a phrase goes to the first target read from it (one phrase may give several).
    if (!targetRow.has(`${target.task}|${target.quote}`))
      targetRow.set(`${target.task}|${target.quote}`, values.length);
    values.push(
      row([
        target.id,
        target.task,
        target.metric,
        target.min,
        target.max,
        target.unit,
        DIRECTION_LABELS[target.direction],
        target.approximate ? YES : NO,
        target.quote,
      ]),
    );
  }
  values[0]![UNIT_LIST_COLUMN] = UNIT_LIST_HEADER;
  plan.units.forEach((unit, i) => {
    while (values.length <= i + 1) values.push(blank());
    values[i + 1]![UNIT_LIST_COLUMN] = unit;
  });
  const marks = warnings.map((w) => markOf(w, taskRow, targetRow));
  for (const mark of marks) {
    const noteCol =
      mark.row < taskHeaderRow ? META_NOTE_COL : mark.row < targetHeaderRow ? TASK_COL.提示 : TARGET_COL.提示;
    const cell = values[mark.row]!;
    cell[noteCol] = [cell[noteCol], mark.message.zh].filter(Boolean).join('；');
  }
  return {
    values,
    taskHeaderRow,
    targetHeaderRow,
    taskCount: plan.tasks.length,
    targetCount: targets.length,
    units: plan.units,
    warnings: marks,
  };
}

/** 配合单位 as one cell: named units, then `；` and the catch-all groups (read back in that order). */
export function coUnitsText(units: readonly string[], groups: readonly string[]): string {
  return [units.join('、'), groups.join('、')].filter(Boolean).join('；');
}

/**
 * Which cell a warning concerns: a target row when it quotes a target, the lead unit for unit warnings,
 * 完成时限 for deadlines, the task text otherwise; plan-level warnings go to 年度 (year) or 标题.
 */
function markOf(w: PlanWarning, taskRow: Map<number, number>, targetRow: Map<string, number>): DraftMark {
  const message = w.message;
  if (w.task === null) return { row: META_LABELS.indexOf(w.kind.includes('year') ? '年度' : '标题'), col: 1, message };
  const onTarget = targetRow.get(`${w.task}|${w.quote}`);
  if (onTarget !== undefined) return { row: onTarget, col: TARGET_COL.指标, message };
  const row = taskRow.get(w.task);
  if (row === undefined) return { row: META_LABELS.indexOf('标题'), col: 1, message };
  const col = /lead|unit/.test(w.kind)
    ? TASK_COL.牵头单位
    : /due|deadline/.test(w.kind)
      ? TASK_COL.完成时限
      : TASK_COL.工作任务;
  return { row, col, message };
}
