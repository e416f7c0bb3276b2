// The 变更记录 sheet as WriteOps (issue 12.6): a caption, then one row per changed field of every accepted write
// (newest first), over a fresh or cleared sheet. Pure; change-log.ts checks the sheet is ours and runs them.
import { CHANGE_FIELD_LABELS, type CellValue, type ChangeRow, type Plan } from '@plansync/shared';
import type { Lang } from '../i18n/lang';
import { rangeAddress } from '../layout/address';
import { literal } from '../layout/encode';
import { formatTime } from '../layout/ledger';
import { HEADER_FILL } from './ledger-ops';
import type { WriteOp } from './ops';

export const CHANGE_LOG_SHEET = '变更记录';

const COLUMNS = [
  { zh: '时间', en: 'Written at', width: 105 },
  { zh: '任务', en: 'Task', width: 36 },
  { zh: '编号', en: 'ID', width: 40 },
  { zh: '事项', en: 'About', width: 200, wrap: true },
  { zh: '字段', en: 'Field', width: 64 },
  { zh: '原值', en: 'Old', width: 180, wrap: true },
  { zh: '新值', en: 'New', width: 180, wrap: true },
  { zh: '报送期', en: 'Period', width: 80 },
  { zh: '填报单位', en: 'Written by', width: 100 },
  { zh: '版本', en: 'Version', width: 40 },
] as const;

/** Rows above the first change: the caption, then the headers. */
const CHANGE_LOG_HEADER_ROWS = 2;

/**
 * Every write op of the sheet: text format on every column but 任务 and 版本 (so `4.10` and typed texts stay as
 * written), the caption (`成都市…要点 · 任务4 的变更记录（… 生成，共 12 条）`), bold filled headers, widths, wrapped
 * old/new texts, the first two rows frozen, the sheet activated.
 * @param task the task the log is about, or null for the whole plan.
 */
export function changeLogOps(
  plan: Plan,
  rows: readonly ChangeRow[],
  task: number | null,
  made: string,
  lang: Lang,
): WriteOp[] {
  const sheet = CHANGE_LOG_SHEET;
  const zh = lang === 'zh';
  const last = COLUMNS.length - 1;
  const metrics = new Map(plan.tasks.flatMap((t) => t.targets.map((x) => [x.id, x.metric] as const)));
  const titles = new Map(plan.tasks.map((t) => [t.number, t.title] as const));
  const scope = task === null ? (zh ? '全部任务' : 'all tasks') : zh ? `任务${task}` : `task ${task}`;
  const caption = zh
    ? `${plan.title} · ${scope}的变更记录（${formatTime(made)} 生成，共 ${rows.length} 条）`
    : `${plan.title} · change log of ${scope} (made ${formatTime(made)}, ${rows.length} changes)`;
  const cells = rows.map((r): CellValue[] => [
    formatTime(r.writtenAt),
    r.task,
    r.targetId ?? (zh ? '进展' : 'report'),
    (r.targetId === null ? titles.get(r.task) : metrics.get(r.targetId)) ?? '',
    CHANGE_FIELD_LABELS[r.field][lang],
    r.old,
    r.new,
    r.period,
    r.writer,
    r.version,
  ]);
  const top = CHANGE_LOG_HEADER_ROWS;
  const bottom = top + Math.max(rows.length, 1) - 1;
  const ops: WriteOp[] = [
    {
      kind: 'numberFormat',
      sheet,
      address: rangeAddress(top, 0, bottom, last),
      formats: Array.from({ length: bottom - top + 1 }, () =>
        COLUMNS.map((_, i) => (i === 1 || i === 9 ? 'General' : '@')),
      ),
    },
    { kind: 'values', sheet, address: rangeAddress(0, 0), values: [[literal(caption)]] },
    { kind: 'values', sheet, address: rangeAddress(1, 0, 1, last), values: [COLUMNS.map((c) => c[lang])] },
    { kind: 'style', sheet, address: rangeAddress(0, 0, 1, last), style: { bold: true } },
    { kind: 'fill', sheet, address: rangeAddress(1, 0, 1, last), color: HEADER_FILL },
  ];
  if (rows.length)
    ops.push({
      kind: 'values',
      sheet,
      address: rangeAddress(top, 0, top + rows.length - 1, last),
      values: cells.map((row) => row.map(literal)),
    });
  COLUMNS.forEach((c, i) =>
    ops.push({
      kind: 'style',
      sheet,
      address: rangeAddress(1, i, bottom, i),
      style: { width: c.width, top: true, ...('wrap' in c ? { wrap: true } : {}) },
    }),
  );
  return [...ops, { kind: 'freeze', sheet, rows: CHANGE_LOG_HEADER_ROWS }, { kind: 'activate', sheet }];
}
