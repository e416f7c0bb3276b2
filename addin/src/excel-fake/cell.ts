// One cell of the fake workbook, and what Excel makes of text that is typed or written into it.
import type { XlValue } from '../excel/types';
import { convertInput } from './input';

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

/**
 * Stores `input` the way Excel does when a program sets `range.values` or a person types: a leading apostrophe
 * forces text and is hidden from the value; a text-formatted (`@`) cell keeps the text as it is; otherwise `=`, `+`,
 * `-` and `@` start a formula, and numbers, percentages, dates and times are converted (see `convertInput`), the
 * cell taking the matching number format only while it is `General` (Excel's automatic formatting on entry).
 */
export function store(cell: FakeCell, input: XlValue, year: number): void {
  cell.formula = null;
  if (typeof input !== 'string') {
    cell.value = input;
    return;
  }
  if (input.startsWith("'")) {
    cell.value = input.slice(1);
    return;
  }
  if (cell.numberFormat === '@') {
    cell.value = input;
    return;
  }
  const converted = convertInput(input, year);
  if (converted.kind === 'formula') [cell.value, cell.formula] = ['', converted.formula];
  else if (converted.kind === 'number') {
    cell.value = converted.value;
    if (converted.format && /^general$/i.test(cell.numberFormat)) cell.numberFormat = converted.format;
  } else cell.value = input;
}

/** Whether the cell holds nothing a used range would count. */
export const isEmpty = (cell: FakeCell | undefined) => !cell || (cell.value === '' && cell.formula === null);

/** Whether the cell carries no format of its own (Excel's defaults: General, no fill, not bold, locked). */
export const isPlain = (cell: FakeCell) => {
  const fresh = emptyCell();
  return (Object.keys(fresh) as (keyof FakeCell)[]).every(
    (k) => k === 'value' || k === 'formula' || cell[k] === fresh[k],
  );
};
