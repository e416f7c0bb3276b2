// The 目标值 cell of the 指标 ledger: how a target's bounds are written, and read back.
import { formatFigure, type CellValue, type Target } from '@plansync/shared';

/**
 * 50, or `5–8` for a range (an en dash: Excel would read `5-8` as a date), its bounds with thousands separators
 * (`10,000–20,000`) like the figures; a single number is formatted by the column (`FIGURE_FORMAT`).
 */
export function targetCell(t: Pick<Target, 'min' | 'max'>): CellValue {
  return t.min === t.max ? t.min : `${formatFigure(t.min)}–${formatFigure(t.max)}`;
}

/**
 * The bounds a 目标值 cell shows, read back once for the 完成率 formula and the plausibility check (the ledger keeps
 * no other copy of the target); NaN bounds for a cell `targetCell` did not write.
 * @example targetBounds('5–8') // { min: 5, max: 8 }
 */
export function targetBounds(cell: CellValue): Pick<Target, 'min' | 'max'> {
  const [min = NaN, max = min] = String(cell ?? '')
    .split('–')
    .map((part) => (part.trim() === '' ? NaN : Number(part.replaceAll(',', ''))));
  return { min, max };
}
