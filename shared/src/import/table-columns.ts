// Which column of a 任务分解表 holds what, read from its header row (issue 13: the common header variants).

export type ColumnRole = 'number' | 'section' | 'task' | 'lead' | 'units' | 'target' | 'dueBy';

/**
 * Header words per role, tried in this order on each header cell (so 工作目标 is a target, not a task, and 牵头单位
 * is the lead before 单位 could make it a co-unit). Headers are compared without spaces or line breaks.
 */
const ROLE_PATTERNS: readonly [ColumnRole, RegExp][] = [
  ['number', /^(序号|编号|序|No\.?)$/i],
  ['lead', /牵头|主责|汇总单位/],
  ['units', /(责任|配合|协办|协同|参与|协助)(单位|部门)|^单位$/],
  ['dueBy', /时限|时间节点|完成时间|时间要求|截止时间|完成期限/],
  ['target', /目标|指标/],
  ['section', /^(分组|类别|板块|领域|分类|部分)$/],
  ['task', /任务|举措|工作|事项|内容|项目|措施/],
];

export type ColumnMap = Partial<Record<ColumnRole, number>>;

const normalize = (header: string) => header.replace(/\s+/g, '');

/** The role of one header cell, or undefined for a column the import ignores (备注, 分管领导 …). */
export function roleOf(header: string): ColumnRole | undefined {
  const text = normalize(header);
  if (!text || /领导|责任人|联系人|备注|电话/.test(text)) return undefined;
  return ROLE_PATTERNS.find(([, pattern]) => pattern.test(text))?.[0];
}

/** Maps a header row; the first column of each role wins. */
export function mapColumns(headers: readonly string[]): ColumnMap {
  const map: ColumnMap = {};
  headers.forEach((header, col) => {
    const role = roleOf(header);
    if (role && map[role] === undefined) map[role] = col;
  });
  return map;
}

/** A header row names the task column and at least one of number, lead or units. */
export const isHeaderRow = (map: ColumnMap) =>
  map.task !== undefined && (map.number !== undefined || map.lead !== undefined || map.units !== undefined);
