// The words in a row's 同步状态 cell and the colour of its input cells: what a person needs to know about the row.
import { isEdited, writerLabel, type WriteStamp } from '@plansync/shared';
import type { Lang } from '../i18n/lang';
import { describeCells, formatTime, type LedgerRow, type LedgerSpec } from './ledger';
import { withCheck } from './plausibility';

/** The first character of a row's 同步状态 when its edit was not sent (the 完成率 formula looks for it). */
export const NOT_SENT_SIGN = '✗';

export type RowMark = 'locked' | 'invalid' | 'conflict' | 'changed' | 'check' | 'none';

/** Fill colours of input cells, per mark (null: no fill). */
export const MARK_FILL: Record<RowMark, string | null> = {
  locked: '#EDEBE9',
  invalid: '#FDE7E9',
  conflict: '#FFF4CE',
  changed: '#E3DAF5',
  check: '#FCE4D6',
  none: null,
};

/**
 * The mark of input cell `field` of a row: the bad cell itself, a conflicted row, a cell a pull just changed (shown
 * before 请核实, which stays and shows again after the next action), or a row not theirs to write.
 */
export function cellMark(row: LedgerRow<unknown, unknown>, field: number): RowMark {
  if (row.issue?.fields.includes(field)) return 'invalid';
  if (row.conflict) return 'conflict';
  if (row.changed?.some((c) => c.index === field)) return 'changed';
  if (field === 0 && row.check) return 'check';
  return row.writable ? 'none' : 'locked';
}

export function stateText<V, S extends WriteStamp, I>(
  spec: LedgerSpec<V, S, I>,
  row: LedgerRow<V, S>,
  lang: Lang,
): string {
  const zh = lang === 'zh';
  if (row.issue) return `${NOT_SENT_SIGN} ${zh ? '未发送：' : 'Not sent: '}${row.issue.message}`;
  if (row.conflict) return conflictText(spec, row, row.conflict, lang);
  const reading = spec.reading?.(row, lang);
  const read = reading ? (zh ? `（${reading}）` : ` (${reading})`) : '';
  const check = row.check ?? null;
  if (isEdited(spec.codec, row)) return withCheck((zh ? '● 待同步' : '● Not synced yet') + read, check, lang);
  if (row.version > 0) return withCheck((zh ? '✓ 已同步' : '✓ Synced') + read, check, lang);
  return row.writable ? '' : zh ? '只读' : 'Read-only';
}

/** Both values and the other writer, so the person can choose. */
function conflictText<V, S extends WriteStamp, I>(
  spec: LedgerSpec<V, S, I>,
  row: LedgerRow<V, S>,
  server: S,
  lang: Lang,
): string {
  const mine = describeCells(spec, row, lang);
  const theirs = spec.describe(spec.codec.valueOf(server), lang);
  const who = `${writerLabel(server.writer, lang)} ${formatTime(server.writtenAt)}`;
  return lang === 'zh'
    ? `⚠ 冲突：本表 ${mine}；服务器 ${theirs}（${who}）。请在任务窗格选择保留哪一个`
    : `⚠ Conflict: here ${mine}; server ${theirs} (${who}). Choose one in the task pane`;
}
