// What a selected input cell of a ledger is (1 context.sync to read its row): the figure or report whose history the
// pane shows (issue 12.6), and, when the token may not write it, whose row it is (牵头单位), why it is locked and whom
// to ask (issue 14: locked cells explain themselves).
import { canWrite, taskOfTarget, type WriteStamp, type Writer } from '@plansync/shared';
import type { Lang } from '../i18n/lang';
import { parseAddress, rangeAddress } from '../layout/address';
import { indexesOf } from '../layout/columns';
import { decodeRows, sheetRowOf, type LedgerSpec } from '../layout/ledger';
import { readMeta } from './meta';
import type { ExcelHost } from './types';

export interface LockedCell {
  sheet: string;
  /** The selected cell, e.g. `H5`. */
  address: string;
  /** e.g. `指标 4.1 完成值`. */
  label: string;
  /** The row's lead unit, who reports it. */
  leadUnit: string;
  /** `other_unit`: another unit leads the row; `read_only`: the token may write nothing. */
  reason: 'other_unit' | 'read_only';
}

/** The figure (a target's 完成值 or 备注) or the report (a task's 状态 or texts) a selected input cell shows. */
export interface SelectedSubject {
  sheet: string;
  address: string;
  /** e.g. `指标 4.1 完成值`. */
  label: string;
  /** The target whose figure it is, or null for a task's report. */
  targetId: string | null;
  task: number;
}

export interface SelectedCell {
  subject: SelectedSubject;
  /** Set when the token may not write the cell. */
  locked: LockedCell | null;
}

/** The input cell at the top left of `address` and its row, or null when it is not an input cell of a ledger row. */
export async function inspectCell<V, S extends WriteStamp, I>(
  { host, me, lang }: { host: ExcelHost; me: Writer; lang: Lang },
  spec: LedgerSpec<V, S, I>,
  address: string,
): Promise<SelectedCell | null> {
  const meta = readMeta(host.settings);
  let cell: { row: number; col: number };
  try {
    cell = parseAddress(address.split(',')[0]!.split('!').pop()!);
  } catch {
    return null; // whole rows or columns: not one cell to explain
  }
  const rows = meta ? (spec.sheet === '指标' ? meta.targetRows : meta.taskRows) : 0;
  const inputs = indexesOf(spec.columns, 'input');
  const field = inputs.indexOf(cell.col);
  if (field < 0 || cell.row < 1 || cell.row > rows) return null;
  const values = await host.run(async (context) => {
    const range = context.workbook.worksheets
      .getItem(spec.sheet)
      .getRange(rangeAddress(cell.row, 0, cell.row, spec.columns.length - 1));
    range.load('values');
    await context.sync();
    return range.values;
  });
  const row = decodeRows(spec, values, (leadUnit) => canWrite(me, { leadUnit })).get(0);
  if (!row) return null;
  const name = spec.codec.kind === 'figure' ? row.key : lang === 'zh' ? `任务${row.key}` : `task ${row.key}`;
  const at = {
    sheet: spec.sheet,
    address: rangeAddress(sheetRowOf(cell.row - 1), cell.col),
    label: `${spec.sheet} ${name} ${spec.columns[inputs[field]!]!.header[lang]}`,
  };
  const figure = spec.codec.kind === 'figure';
  return {
    subject: { ...at, targetId: figure ? row.key : null, task: figure ? taskOfTarget(row.key) : Number(row.key) },
    locked: row.writable
      ? null
      : { ...at, leadUnit: row.leadUnit, reason: me.role === 'viewer' ? 'read_only' : 'other_unit' },
  };
}
