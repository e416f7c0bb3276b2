// Numbers as plans write them: Arabic (half- or full-width) and Chinese numerals (十 百 千 万 两 〇 …).
import { toHalfWidthNumbers } from '../text/half-width';

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
/** 廿 and 卅 are 二十 and 三十 written as one character. */
const TENS: Record<string, string> = { 廿: '二十', 卅: '三十', 卌: '四十' };
const LARGE_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Characters that may make up a Chinese numeral. */
export const CHINESE_NUMERAL_CHARS = '〇零一二两三四五六七八九十百千万亿廿卅卌';

/**
 * Traditional and financial (大写) forms, read as the common ones. Financial forms stand for numerals only inside a
 * numeral (壹佰贰拾), since alone they are ordinary characters (陆续, 伍): see `normalizeNumerals`.
 */
const TRADITIONAL: Record<string, string> = { 萬: '万', 億: '亿', 兩: '两', 個: '个' };
const FINANCIAL: Record<string, string> = {
  壹: '一',
  贰: '二',
  貳: '二',
  叁: '三',
  參: '三',
  肆: '四',
  伍: '五',
  陆: '六',
  陸: '六',
  柒: '七',
  捌: '八',
  玖: '九',
  拾: '十',
  佰: '百',
  仟: '千',
};
const ANY_FINANCIAL = new RegExp(`[${Object.keys(FINANCIAL).join('')}]`);
const FINANCIAL_RUN = new RegExp(
  `[${Object.keys(FINANCIAL).join('')}${CHINESE_NUMERAL_CHARS}]*[${Object.keys(FINANCIAL).join('')}][${Object.keys(FINANCIAL).join('')}${CHINESE_NUMERAL_CHARS}]*`,
  'g',
);

/**
 * The text with numerals in one form, character for character (offsets still hold): full-width digits half-width,
 * 萬 億 兩 個 as 万 亿 两 个, and financial numerals of two characters or more (壹佰贰拾) as common ones.
 * @example normalizeNumerals('１．５萬人、壹佰贰拾名、陆续') // '1.5万人、一百二十名、陆续'
 */
export function normalizeNumerals(text: string): string {
  const common = toHalfWidthNumbers(text).replace(/[萬億兩個]/g, (ch) => TRADITIONAL[ch]!);
  if (!ANY_FINANCIAL.test(common)) return common;
  return common.replace(FINANCIAL_RUN, (run) =>
    run.length < 2 ? run : [...run].map((ch) => FINANCIAL[ch] ?? ch).join(''),
  );
}

/**
 * Value of a Chinese numeral, or NaN when the string is not one.
 * Positional strings without unit characters read digit by digit: `二〇一四` → 2014.
 * @example parseChineseNumber('三万五千') // 35000
 */
export function parseChineseNumber(written: string): number {
  if (written.length === 0 || [...written].some((ch) => !CHINESE_NUMERAL_CHARS.includes(ch))) return NaN;
  const text = written.replace(/[廿卅卌]/g, (ch) => TENS[ch]!);
  if (![...text].some((ch) => ch in SMALL_UNITS || ch in LARGE_UNITS)) {
    return Number([...text].map((ch) => DIGITS[ch]).join(''));
  }
  let total = 0; // sum of completed 亿/万 groups
  let group = 0; // value below the current large unit
  let digit: number | null = null;
  let lastLarge = Infinity;
  let lastUnit = 0; // the unit just before the current digit; 0 after 零 or at the start
  for (const ch of text) {
    if (ch in DIGITS) {
      if (digit !== null && digit !== 0 && DIGITS[ch] !== 0) return NaN; // two digits in a row: 三四
      digit = DIGITS[ch]!;
      if (digit === 0) lastUnit = 0;
    } else if (ch in SMALL_UNITS) {
      lastUnit = SMALL_UNITS[ch]!;
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
      lastUnit = unit;
      group = 0;
      digit = null;
    }
  }
  // A last digit right after a unit counts in the next unit down (三千五 = 3500, 一万二 = 12000), as spoken.
  const last = digit === null ? 0 : lastUnit > 10 ? digit * (lastUnit / 10) : digit;
  return total + group + last;
}

/**
 * Value of an Arabic or Chinese number as written in a plan; NaN when it is neither. Arabic numbers may group
 * thousands (`12,500`, `1，000`) and mix in 万 (`3万4000` = 34000).
 */
export function parseNumber(text: string): number {
  const half = normalizeNumerals(text);
  if (/^\d{1,3}([,，]\d{3})+(\.\d+)?$/.test(half)) return Number(half.replace(/[,，]/g, ''));
  if (/^\d+(\.\d+)?$/.test(half)) return Number(half);
  const mixed = /^(\d+(?:\.\d+)?)万(\d{1,4})$/.exec(half);
  if (mixed) return Number(mixed[1]) * 1e4 + Number(mixed[2]);
  return parseChineseNumber(half);
}
