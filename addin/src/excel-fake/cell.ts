// One cell of the fake workbook, and how Excel turns a written value into text, a number or a formula.
import type { XlValue } from '../excel/types';

export interface FakeCell {
  /** The stored constant ('' when empty or when `formula` is set). */
  value: XlValue;
  formula: string | null;
  numberFormat: string;
  fill: string | null;
  bold: boolean;
  wrap: boolean;
  locked: boolean;
}

export const emptyCell = (): FakeCell => ({
  value: '',
  formula: null,
  numberFormat: 'General',
  fill: null,
  bold: false,
  wrap: false,
  locked: true,
});

const NUMERIC = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/**
 * Stores `input` the way Excel does when a program sets `range.values` or a person types: a leading apostrophe
 * forces text (and is not kept), `=` starts a formula unless the cell is formatted as text (`@`), and numeric
 * text in a General cell becomes a number.
 */
export function store(cell: FakeCell, input: XlValue): void {
  cell.formula = null;
  if (typeof input !== 'string') {
    cell.value = input;
    return;
  }
  if (input.startsWith("'")) cell.value = input.slice(1);
  else if (cell.numberFormat === '@') cell.value = input;
  else if (input.startsWith('=') && input.length > 1) [cell.value, cell.formula] = ['', input];
  else if (NUMERIC.test(input.trim())) cell.value = Number(input.trim().replace(/,/g, ''));
  else cell.value = input;
}

/** Whether the cell holds nothing a used range would count. */
export const isEmpty = (cell: FakeCell | undefined) => !cell || (cell.value === '' && cell.formula === null);
