// The columns of the two ledger sheets (指标, 进展): what each holds, its header, width and format.
import type { Localized } from '@plansync/shared';

/**
 * key/info: from the plan, read-only; input: typed by the lead unit; formula: computed by Excel; judged: 本期/上期 (指标
 * only), 序时进度 and 亮灯 from the assessment, rewritten at every sync and pull; state/writer/time: written by sync; version/writeId/synced/conflict: hidden bookkeeping that lets a closed workbook lose nothing.
 */
export type ColumnRole =
  | 'key'
  | 'info'
  | 'input'
  | 'formula'
  | 'judged'
  | 'state'
  | 'writer'
  | 'time'
  | 'version'
  | 'writeId'
  | 'synced'
  | 'conflict';

export interface Column {
  id: string;
  role: ColumnRole;
  header: Localized;
  /** Width in points. */
  width: number;
  /** Number format; `@` keeps typed text as text (ids such as 4.10, text starting with =). */
  format?: string;
  wrap?: boolean;
}

export const HIDDEN_ROLES: readonly ColumnRole[] = ['version', 'writeId', 'synced', 'conflict'];

const col = (
  id: string,
  role: ColumnRole,
  zh: string,
  en: string,
  width: number,
  more: Partial<Column> = {},
): Column => ({
  id,
  role,
  header: { zh, en },
  width,
  ...more,
});

const TEXT = { format: '@' } as const;

/**
 * Figures with thousands separators (issue 12.8): `#,##0` from 1,000 up, General below, so 4.5 (a rate) and 1.5 keep
 * their decimals; a figure of 1,000 or more shows whole (the cell keeps its exact value). Not for 完成值: a typed
 * `5-8` becomes a date only in a General cell, where the add-in can see it (issue 11).
 */
export const FIGURE_FORMAT = '[>=1000]#,##0;General';
const FIGURE = { format: FIGURE_FORMAT } as const;
const WRAPPED = { format: '@', wrap: true } as const;

/**
 * 序时进度 and 亮灯 (issue 12), then sync state, writer, time and the hidden bookkeeping: the same trailing block on
 * both ledgers, written whole after every sync and pull.
 */
function trailing(synced: Column[]): Column[] {
  return [
    col('elapsed', 'judged', '序时进度', 'Elapsed', 56, { format: '0%' }),
    col('light', 'judged', '亮灯', 'Light', 56, TEXT),
    col('state', 'state', '同步状态', 'Sync state', 190, WRAPPED),
    col('writer', 'writer', '最后填报', 'Last writer', 90, TEXT),
    col('writtenAt', 'time', '填报时间', 'Written at', 105, TEXT),
    col('version', 'version', '版本', 'Version', 40),
    col('writeId', 'writeId', '写入ID', 'Write id', 40, TEXT),
    ...synced,
    col('conflict', 'conflict', '冲突记录', 'Conflict', 40, TEXT),
  ];
}

export const TARGET_COLUMNS: readonly Column[] = [
  col('id', 'key', '编号', 'ID', 40, TEXT),
  col('task', 'info', '任务', 'Task', 36),
  col('metric', 'info', '指标', 'Metric', 200, WRAPPED),
  col('target', 'info', '目标值', 'Target', 56, FIGURE),
  col('measure', 'info', '计量单位', 'Measure', 48, TEXT),
  col('approx', 'info', '约数', 'Approx.', 36, TEXT),
  col('lead', 'info', '牵头单位', 'Lead unit', 100, WRAPPED),
  // General, not a number format: only in a General cell does Excel give a typed 5-8 or 85% a date or percent
  // format the add-in can see; under `0.00` it would hold 5-8 as a bare serial (46150) that reads as a figure.
  col('value', 'input', '完成值', 'Completed', 64, { format: 'General' }),
  col('rate', 'formula', '完成率', 'Completion', 64, { format: '0%' }),
  col('note', 'input', '备注', 'Note', 150, WRAPPED),
  // 本期/上期 (issue 12): from the assessment like 序时进度, so they sit in the block every sync and pull rewrites.
  col('thisPeriod', 'judged', '本期', 'This period', 64, FIGURE),
  col('lastPeriod', 'judged', '上期', 'Last period', 64, FIGURE),
  ...trailing([
    col('syncedValue', 'synced', '已同步完成值', 'Synced value', 40),
    col('syncedNote', 'synced', '已同步备注', 'Synced note', 40, TEXT),
  ]),
];

export const PROGRESS_COLUMNS: readonly Column[] = [
  col('task', 'key', '序号', 'No.', 36),
  col('title', 'info', '工作任务', 'Task', 220, WRAPPED),
  col('lead', 'info', '牵头单位', 'Lead unit', 100, WRAPPED),
  col('status', 'input', '状态', 'Status', 64, TEXT),
  col('progress', 'input', '进展情况', 'Progress', 220, WRAPPED),
  col('problems', 'input', '存在问题', 'Problems', 160, WRAPPED),
  col('nextSteps', 'input', '下步计划', 'Next steps', 160, WRAPPED),
  ...trailing([
    col('syncedStatus', 'synced', '已同步状态', 'Synced status', 40, TEXT),
    col('syncedProgress', 'synced', '已同步进展', 'Synced progress', 40, TEXT),
    col('syncedProblems', 'synced', '已同步问题', 'Synced problems', 40, TEXT),
    col('syncedNextSteps', 'synced', '已同步计划', 'Synced next steps', 40, TEXT),
  ]),
];

// Layouts are constant; look-ups run per row, so each layout's indexes are worked out once.
const roleIndexes = new WeakMap<readonly Column[], Map<ColumnRole, number[]>>();
const idIndexes = new WeakMap<readonly Column[], Map<string, number>>();

/** Indexes of the columns with `role`, in order. */
export function indexesOf(columns: readonly Column[], role: ColumnRole): number[] {
  let byRole = roleIndexes.get(columns);
  if (!byRole) roleIndexes.set(columns, (byRole = new Map<ColumnRole, number[]>()));
  let found = byRole.get(role);
  if (!found) byRole.set(role, (found = columns.flatMap((c, i) => (c.role === role ? [i] : []))));
  return found;
}

/** Index of the column `id`; throws when the layout has none (a programming error). */
export function indexOf(columns: readonly Column[], id: string): number {
  let byId = idIndexes.get(columns);
  if (!byId) idIndexes.set(columns, (byId = new Map(columns.map((c, i) => [c.id, i]))));
  const i = byId.get(id);
  if (i === undefined) throw new Error(`no column ${id}`);
  return i;
}
