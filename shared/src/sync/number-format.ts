// What Excel's number formats say about a cell's value: a date or time, a percentage, or a plain number.
import type { CellValue } from './cell';

/**
 * The parts of a number format code that are code, not literal text: quoted text, `\x` escapes, `_x` spacing,
 * `*x` fills and bracketed parts (`[Red]`, `[$-804]`, `[DBNum1]`) removed. Elapsed-time brackets (`[h]`) stay.
 */
function codeOf(format: string): string {
  return format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '');
}

/**
 * Whether a cell with this number format holds a date or time serial: the format's code names a year, month, day,
 * hour or second (`yyyy/m/d`, `m月d日`, `d-mmm`, `h:mm`). `General`, `@`, `0%` and `#,##0` do not.
 * Source: Excel's number format codes (support.microsoft.com, "Number format codes").
 */
export function isDateFormat(format: string): boolean {
  if (!format || /^general$/i.test(format) || format === '@') return false;
  return /[ymdhs]/i.test(codeOf(format).replace(/general/gi, ''));
}

/** Whether the format shows its number as a percentage (`0%`, `0.00%`): Excel then holds 85% as 0.85. */
export function isPercentFormat(format: string): boolean {
  return codeOf(format).includes('%');
}

// Excel's day 0 in its 1900 date system (serial 1 = 1900-01-01; 1900's phantom 29 February is ignored here).
const EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** A date or time serial as staff would read it: `2014/6/30`, `2014/6/30 8:00` or `5:30`. */
export function serialText(serial: number): string {
  const ms = Math.round(serial * DAY_MS);
  const d = new Date(EPOCH_MS + ms);
  const time = `${d.getUTCHours()}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
  if (serial < 1) return time;
  const date = `${d.getUTCFullYear()}/${d.getUTCMonth() + 1}/${d.getUTCDate()}`;
  return ms % DAY_MS ? `${date} ${time}` : date;
}

/**
 * A 完成值 cell as the add-in reads it from Excel (value and number format in the same sync) → what the cell parser
 * should see. A date serial becomes the date's text (refused as a date, never sent as 41820); a percentage becomes
 * 85 when the target is counted in % and stays `85%` (refused) otherwise; text `85%` in a % target becomes 85.
 * @example figureCellFromExcel(0.85, '0%', '%') // 85; figureCellFromExcel(41820, 'yyyy/m/d', '人') // '2014/6/30'
 */
export function figureCellFromExcel(value: CellValue, format: string | undefined, unit: string): CellValue {
  const inPercent = unit === '%' || unit === '％';
  if (typeof value === 'string') {
    const percentText = /^\s*[\d.,]+\s*[%％]\s*$/.test(value);
    return inPercent && percentText ? value.replace(/\s*[%％]\s*$/, '').trim() : value;
  }
  if (typeof value !== 'number' || !format) return value;
  if (isPercentFormat(format) && inPercent) return Number((value * 100).toPrecision(12));
  return textCellFromExcel(value, format);
}

/**
 * A free-text cell as read from Excel → the text a person sees: a date serial becomes its date (a 进展 typed `5-8`
 * into a cell that lost its text format reads `2026/5/8`, not 46150), a percentage `85%`; anything else as it is.
 */
export function textCellFromExcel(value: CellValue, format: string | undefined): CellValue {
  if (typeof value !== 'number' || !format) return value;
  if (isDateFormat(format)) return serialText(value);
  return isPercentFormat(format) ? `${Number((value * 100).toPrecision(12))}%` : value;
}
