// Numbers as plans write them: Arabic (half- or full-width) and Chinese numerals (十 百 千 万 两 〇 …).

const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const LARGE_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Characters that may make up a Chinese numeral. */
export const CHINESE_NUMERAL_CHARS = '〇零一二两三四五六七八九十百千万亿';

/**
 * Value of a Chinese numeral, or NaN when the string is not one.
 * Positional strings without unit characters read digit by digit: `二〇一四` → 2014.
 * @example parseChineseNumber('三万五千') // 35000
 */
export function parseChineseNumber(text: string): number {
  if (text.length === 0 || [...text].some((ch) => !CHINESE_NUMERAL_CHARS.includes(ch))) return NaN;
  if (![...text].some((ch) => ch in SMALL_UNITS || ch in LARGE_UNITS)) {
    return Number([...text].map((ch) => DIGITS[ch]).join(''));
  }
  let total = 0; // sum of completed 亿/万 groups
  let group = 0; // value below the current large unit
  let digit: number | null = null;
  let lastLarge = Infinity;
  for (const ch of text) {
    if (ch in DIGITS) {
      if (digit !== null && digit !== 0 && DIGITS[ch] !== 0) return NaN; // two digits in a row: 三四
      digit = DIGITS[ch]!;
    } else if (ch in SMALL_UNITS) {
      // A bare 十 means 一十 (十二 = 12); other bare units are not numbers here.
      if (digit === null && !(ch === '十' && group === 0)) return NaN;
      group += (digit ?? 1) * SMALL_UNITS[ch]!;
      digit = null;
    } else {
      const unit = LARGE_UNITS[ch]!;
      if (unit >= lastLarge && total > 0 && unit === lastLarge) return NaN;
      const value = group + (digit ?? 0);
      if (value === 0 && total === 0) return NaN; // 万 alone is not a number
      total = unit > lastLarge ? (total + value) * unit : total + value * unit;
      lastLarge = unit;
      group = 0;
      digit = null;
    }
  }
  return total + group + (digit ?? 0);
}

/** Half-width copy of full-width digits and number punctuation; keeps length, so offsets still hold. */
export function toHalfWidthDigits(text: string): string {
  return text.replace(/[０-９．－]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** Value of an Arabic or Chinese number as written in a plan; NaN when it is neither. */
export function parseNumber(text: string): number {
  const half = toHalfWidthDigits(text);
  if (/^\d+(\.\d+)?$/.test(half)) return Number(half);
  return parseChineseNumber(text);
}
