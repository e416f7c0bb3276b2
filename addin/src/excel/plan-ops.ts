// The 计划 sheet as WriteOps: title, headers, sections and tasks; every cell stays locked (read-only).
import type { Plan } from '@plansync/shared';
import type { Lang } from '../i18n/lang';
import { rangeAddress } from '../layout/address';
import { PLAN_HEADER_ROW, PLAN_SHEET, PLAN_WIDTHS, planSheet } from '../layout/plan-sheet';
import { HEADER_FILL } from './ledger-ops';
import type { WriteOp } from './ops';

const SECTION_FILL = '#F3F2F1';

export function planSheetOps(plan: Plan, lang: Lang): WriteOp[] {
  const sheet = PLAN_SHEET;
  const { values, sectionRows } = planSheet(plan, lang);
  const last = PLAN_WIDTHS.length - 1;
  const lastRow = values.length - 1;
  return [
    // Text format first, so that task text such as "2014" or "5-8" is never turned into numbers or dates.
    {
      kind: 'numberFormat',
      sheet,
      address: rangeAddress(0, 1, lastRow, 4),
      formats: '@',
    },
    { kind: 'values', sheet, address: rangeAddress(0, 0, lastRow, last), values },
    { kind: 'style', sheet, address: rangeAddress(0, 0, 0, 0), style: { bold: true } },
    { kind: 'style', sheet, address: rangeAddress(PLAN_HEADER_ROW, 0, PLAN_HEADER_ROW, last), style: { bold: true } },
    { kind: 'fill', sheet, address: rangeAddress(PLAN_HEADER_ROW, 0, PLAN_HEADER_ROW, last), color: HEADER_FILL },
    ...PLAN_WIDTHS.map((width, col): WriteOp => ({
      kind: 'style',
      sheet,
      address: rangeAddress(0, col, lastRow, col),
      style: { width, wrap: col > 0, top: true },
    })),
    ...sectionRows.flatMap((row): WriteOp[] => [
      { kind: 'style', sheet, address: rangeAddress(row, 0, row, last), style: { bold: true } },
      { kind: 'fill', sheet, address: rangeAddress(row, 0, row, last), color: SECTION_FILL },
    ]),
    { kind: 'freeze', sheet, rows: PLAN_HEADER_ROW + 1 },
  ];
}
