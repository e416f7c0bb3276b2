// Reads what a person typed into an input cell and decides whether it may be sent, with a reason when not.
import { toHalfWidthNumbers } from '../text/half-width';
import { PROGRESS_LIMITS, TASK_STATUSES, TASK_STATUS_LABELS, type TaskStatus } from '../progress/schema';

/** A cell value as Office.js returns it: '' for an empty cell, error values as strings such as `#VALUE!`. */
export type CellValue = string | number | boolean | null;

export type CellProblemCode =
  | 'not_a_number'
  | 'bad_separator'
  | 'date'
  | 'percent'
  | 'negative'
  | 'too_large'
  | 'error_value'
  | 'too_long'
  | 'unknown_status'
  | 'missing_status'
  | 'missing_value'
  | 'cleared'
  | 'forbidden'
  | 'rejected';

export interface CellProblem {
  code: CellProblemCode;
  /** What the person typed, shown back in the message. */
  text: string;
  /** Limit that was passed, or the lead unit for `forbidden`. For `rejected`, `text` is the server's reason. */
  limit?: number | string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: CellProblem };

const ERROR_VALUE =
  /^#(?:VALUE!|DIV\/0!|N\/A|NAME\?|NULL!|NUM!|REF!|SPILL!|CALC!|GETTING_DATA|BLOCKED!|CONNECT!|FIELD!|BUSY!|UNKNOWN!|PYTHON!|EXTERNAL!)$/;
// A number as staff write it: plain digits, or thousands grouped by commas (1,200 and 12,000,000, never 4,5).
const NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
// Text Excel would take for a date or a time (2014/6/30, 5-8, 1/2, 2014年6月30日, 5:30), or that reads like one.
const DATE_LIKE = /^(?:\d{1,4}[/\-.年]\d{1,2}(?:[/\-.月]\d{1,4})?日?|\d{1,2}月\d{1,2}日|\d{1,2}:\d{2}(?::\d{2})?)$/;

const fail = (code: CellProblemCode, raw: CellValue, limit?: number | string): Parsed<never> => ({
  ok: false,
  problem: { code, text: problemText(raw), ...(limit === undefined ? {} : { limit }) },
});

/** True for the strings Excel uses for error values (`#VALUE!`, `#N/A` …). */
export function isErrorValue(raw: CellValue): boolean {
  return typeof raw === 'string' && ERROR_VALUE.test(raw.trim());
}

/** A blank cell: empty, or only spaces. */
export function isBlank(raw: CellValue): boolean {
  return raw === null || (typeof raw === 'string' && raw.trim() === '');
}

/**
 * A 完成值 cell → a figure within PROGRESS_LIMITS, or null when blank. Accepts what staff write: `1,200`, full-width
 * digits and separators, and 万 (×10,000: `1.5万` → 15000). Refuses commas that are not thousands separators
 * (`4,5`, `1,2,3`), dates and times (what Excel makes of `5-8` or `1/2`) and percentages (`85%`; a target counted
 * in % gets its cells converted by `figureCellFromExcel` first).
 * @example parseFigure('1.5万') // { ok: true, value: 15000 }; parseFigure('约30') → not_a_number
 */
export function parseFigure(raw: CellValue): Parsed<number | null> {
  if (isBlank(raw)) return { ok: true, value: null };
  if (isErrorValue(raw)) return fail('error_value', raw);
  let value: number;
  if (typeof raw === 'number') value = raw;
  else if (typeof raw === 'string') {
    const text = asciiDigits(raw);
    const negative = text.startsWith('-');
    const body = negative ? text.slice(1) : text;
    const tenThousands = body.endsWith('万');
    const digits = tenThousands ? body.slice(0, -1) : body;
    if (!NUMBER.test(digits)) {
      if (/^[\d.,]+$/.test(digits) && digits.includes(',')) return fail('bad_separator', raw);
      if (DATE_LIKE.test(body)) return fail('date', raw);
      if (/^[\d.,]+%$/.test(body)) return fail('percent', raw);
      return fail('not_a_number', raw);
    }
    if (negative) return fail('negative', raw);
    value = Number(shiftPoint(digits.replace(/,/g, ''), tenThousands ? 4 : 0));
  } else return fail('not_a_number', raw);
  if (!Number.isFinite(value)) return fail('not_a_number', raw);
  if (value < 0) return fail('negative', raw);
  if (value > PROGRESS_LIMITS.maxFigureValue) return fail('too_large', raw, PROGRESS_LIMITS.maxFigureValue);
  return { ok: true, value };
}

/** Trimmed, spaces (ideographic too) removed, full-width digits and separators turned into ASCII. */
function asciiDigits(text: string): string {
  return toHalfWidthNumbers(text)
    .trim()
    .replace(/[\s\u3000]/g, '');
}

/** `1.5` shifted 4 places → `15000`, on the digits, so 1.1万 is exactly 11000 (1.1 × 10000 is not). */
function shiftPoint(digits: string, places: number): string {
  if (!places) return digits;
  const [whole = '', fraction = ''] = digits.split('.');
  const padded = fraction.padEnd(places, '0');
  return `${whole}${padded.slice(0, places)}.${padded.slice(places) || '0'}`;
}

/**
 * What a figure cell says in words when its text is not plain digits (`1.5万` → 15000), so the sync state can show
 * what was read; null for plain numbers and for what does not parse. `read` is the cell's value as already parsed
 * (`LocalRow.parsed`), null when it did not parse: the cell is not parsed again here.
 */
const FIGURES = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/**
 * A figure as the pane and messages show it (issue 12.8): thousands separated by commas, as Chinese offices write them
 * too, decimals as they are (up to 6).
 * @example formatFigure(15000) // '15,000'; formatFigure(1234.5) // '1,234.5'
 */
export const formatFigure = (n: number): string => FIGURES.format(n);

export function figureReading(raw: CellValue, read: number | null): number | null {
  if (read === null || typeof raw !== 'string' || /^\d+(?:\.\d+)?$/.test(raw.trim())) return null;
  return read;
}

/** A free-text cell → its trimmed text ('' when blank), refused past `maxChars` or when it holds an error value. */
export function parseText(raw: CellValue, maxChars: number): Parsed<string> {
  if (isBlank(raw)) return { ok: true, value: '' };
  if (isErrorValue(raw)) return fail('error_value', raw);
  const text = String(raw).trim();
  if (text.length > maxChars) return fail('too_long', raw, maxChars);
  return { ok: true, value: text };
}

/** A 状态 cell → a status; accepts the Chinese or English label or the code, null when blank. */
export function parseStatus(raw: CellValue): Parsed<TaskStatus | null> {
  if (isBlank(raw)) return { ok: true, value: null };
  if (isErrorValue(raw)) return fail('error_value', raw);
  const text = String(raw).trim().toLowerCase();
  const found = TASK_STATUSES.find(
    (s) => s === text || TASK_STATUS_LABELS[s].zh === text || TASK_STATUS_LABELS[s].en.toLowerCase() === text,
  );
  return found ? { ok: true, value: found } : fail('unknown_status', raw);
}

/** What a problem quotes back of a cell: its text, cut at 40 characters. */
export function problemText(raw: CellValue | undefined): string {
  const text = raw === null || raw === undefined ? '' : String(raw);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
