// How a fake cell reads on screen: evaluated value, percentages for 0% formats, blanks for empty.
import { formatFigure } from '@plansync/shared';
import type { FakeWorkbook } from '../excel-fake';
import { FIGURE_FORMAT } from '../layout/columns';

export function displayValue(book: FakeWorkbook, sheet: string, row: number, col: number): string {
  const value = book.valueAt(sheet, row, col);
  const format = book.sheet(sheet)?.cell(row, col)?.numberFormat ?? 'General';
  if (typeof value === 'number' && format.endsWith('%')) return `${Math.round(value * 100)}%`;
  if (typeof value === 'number' && format === FIGURE_FORMAT && value >= 1000) return formatFigure(Math.round(value));
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}
