// The 汇总 sheet as WriteOps: written afresh each time (the old sheet and its chart deleted first), then protected.
import type { Assessment, Writer } from '@plansync/shared';
import type { Lang } from '../i18n/lang';
import { rangeAddress } from '../layout/address';
import { ROLL_UP_COLUMNS, ROLL_UP_SHEET, rollUpSheet, type RollUpBlock } from '../layout/roll-up-sheet';
import { HEADER_FILL } from './ledger-ops';
import type { WriteOp } from './ops';

/** The chart's name on the 汇总 sheet. */
export const ROLL_UP_CHART = 'plansync-completion';

/** Whether the 汇总 sheet is there and where, from the sheet names the action's read loaded. */
export interface RollUpPlace {
  /** Its 0-based place among the sheets when it exists (it is deleted and added again there); null when absent. */
  position: number | null;
}

/**
 * Everything the 汇总 sheet shows for `me`, in one batch of ops that rides in an action's write sync. Deleting and
 * adding the sheet again takes its old chart, data bars and fills with it without a read to find them.
 */
export function rollUpOps(assessment: Assessment, me: Writer, lang: Lang, place: RollUpPlace): WriteOp[] {
  const sheet = ROLL_UP_SHEET;
  const layout = rollUpSheet(assessment, me, lang);
  const { values } = layout;
  const last = ROLL_UP_COLUMNS.length - 1;
  const blocks = [layout.units, ...(layout.sections ? [layout.sections] : [])];
  const ops: WriteOp[] = [
    ...(place.position === null ? [] : [{ kind: 'deleteSheet', sheet } as const]),
    { kind: 'addSheet', sheet, ...(place.position === null ? {} : { position: place.position }) },
    ...blocks.map((b): WriteOp => ({
      kind: 'numberFormat',
      sheet,
      address: rangeAddress(b.headerRow + 1, 1, b.totalRow, 2),
      formats: rowsOf(b).map(() => ['0%', '0%']),
    })),
    { kind: 'values', sheet, address: rangeAddress(0, 0, values.length - 1, last), values },
    { kind: 'style', sheet, address: rangeAddress(0, 0), style: { bold: true } },
    ...ROLL_UP_COLUMNS.map((c, col): WriteOp => ({
      kind: 'style',
      sheet,
      address: rangeAddress(0, col, values.length - 1, col),
      style: { width: c.width, wrap: col === 0 },
    })),
    ...blocks.flatMap((b): WriteOp[] => [
      { kind: 'style', sheet, address: rangeAddress(b.headerRow - 1, 0), style: { bold: true } },
      {
        kind: 'style',
        sheet,
        address: rangeAddress(b.headerRow, 0, b.headerRow, last),
        style: { bold: true, wrap: true },
      },
      { kind: 'fill', sheet, address: rangeAddress(b.headerRow, 0, b.headerRow, last), color: HEADER_FILL },
      { kind: 'style', sheet, address: rangeAddress(b.totalRow, 0, b.totalRow, last), style: { bold: true } },
      { kind: 'dataBar', sheet, address: rangeAddress(b.headerRow + 1, 1, b.totalRow, 1) },
    ]),
    ...layout.fills.map((f): WriteOp => ({ kind: 'fill', sheet, address: f.address, color: f.color })),
  ];
  if (layout.chart) ops.push({ kind: 'chart', sheet, name: ROLL_UP_CHART, ...layout.chart });
  ops.push({ kind: 'protect', sheet });
  return ops;
}

const rowsOf = (b: RollUpBlock) => Array.from({ length: b.totalRow - b.headerRow }, (_, i) => b.headerRow + 1 + i);
