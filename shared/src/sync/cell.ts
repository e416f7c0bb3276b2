// Reads what a person typed into an input cell and decides whether it may be sent, with a reason when not.
import { PROGRESS_LIMITS, TASK_STATUSES, TASK_STATUS_LABELS, type TaskStatus } from '../progress/schema';

/** A cell value as Office.js returns it: '' for an empty cell, error values as strings such as `#VALUE!`. */
export type CellValue = string | number | boolean | null;

export type CellProblemCode =
  | 'not_a_number'
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
// Digits as typed with a Chinese input method: full-width digits, full-width point and separators.
const FULL_WIDTH = /[\uff10-\uff19\uff0e]/g;
const PLAIN_NUMBER = /^\d+(?:\.\d+)?$/;

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
 * A 完成值 cell → a figure within PROGRESS_LIMITS, or null when blank.
 * @example parseFigure('1,200') // { ok: true, value: 1200 }; parseFigure('约30') → not_a_number
 */
export function parseFigure(raw: CellValue): Parsed<number | null> {
  if (isBlank(raw)) return { ok: true, value: null };
  if (isErrorValue(raw)) return fail('error_value', raw);
  let value: number;
  if (typeof raw === 'number') value = raw;
  else if (typeof raw === 'string') {
    const text = raw
      .trim()
      .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
      .replace(/[,，\s]/g, '');
    if (text.startsWith('-') && PLAIN_NUMBER.test(text.slice(1))) return fail('negative', raw);
    if (!PLAIN_NUMBER.test(text)) return fail('not_a_number', raw);
    value = Number(text);
  } else return fail('not_a_number', raw);
  if (!Number.isFinite(value)) return fail('not_a_number', raw);
  if (value < 0) return fail('negative', raw);
  if (value > PROGRESS_LIMITS.maxFigureValue) return fail('too_large', raw, PROGRESS_LIMITS.maxFigureValue);
  return { ok: true, value };
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
