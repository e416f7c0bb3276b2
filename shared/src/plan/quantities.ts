// Finds quantity phrases (number, optional range and 万, measure word, 左右) in plan text.
import { CHINESE_NUMERAL_CHARS, parseNumber, toHalfWidthDigits } from './numerals';

/** Measure words that count something a unit can report on; longer ones first so 人次 wins over 人. */
const MEASURE_WORDS = [
  '人次',
  '万元',
  '亿元',
  '平方米',
  '公里',
  '名',
  '个',
  '人',
  '家',
  '项',
  '所',
  '支',
  '场',
  '次',
  '期',
  '篇',
  '件',
  '户',
  '座',
  '位',
  '批',
  '套',
  '部',
  '本',
  '门',
  '台',
  '条',
  '处',
  '间',
  '元',
  '亩',
  '%',
  '％',
];
// Chinese numerals are matched lazily so that 万/亿 are left to the multiplier or the money unit when they can be:
// 两万元 is 2 of 万元 (money keeps its accounting unit), 两万人 is 2 × 万 of 人.
const NUMBER = String.raw`\d+(?:\.\d+)?|[${CHINESE_NUMERAL_CHARS}]+?`;
const RANGE_DASH = '(?:-|~|～|—|–|至|到)';
const QUANTITY = new RegExp(
  `(${NUMBER})(?:\\s*${RANGE_DASH}\\s*(${NUMBER}))?(?:(万|亿)(?!元))?(余|多)?(${MEASURE_WORDS.join('|')})(左右|上下|以上|以下|以内)?`,
  'gu',
);
const MULTIPLIERS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

export interface Quantity {
  /** Offset of the first character of the number in the text. */
  start: number;
  /** Offset just past the quantity (measure word and 左右 included). */
  end: number;
  min: number;
  max: number;
  unit: string;
  approximate: boolean;
  /** The quantity is a cap (以下/以内), not an amount to reach. */
  ceiling: boolean;
  /** Written as the Chinese numeral 一, which usually means "a" rather than the number one. */
  indefinite: boolean;
}

/** Every quantity phrase in `text`, in order. */
export function findQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  for (const m of toHalfWidthDigits(text).matchAll(QUANTITY)) {
    const [whole, first, second, multiplier, more, measure, after] = m;
    const quantity = readQuantity(first!, second, multiplier, measure!);
    if (!quantity) continue;
    found.push({
      start: m.index,
      end: m.index + whole.length,
      ...quantity,
      approximate: Boolean(more) || (after !== undefined && ['左右', '上下', '以上'].includes(after)),
      ceiling: after === '以下' || after === '以内',
      indefinite: first === '一' && second === undefined && multiplier === undefined,
    });
  }
  return found;
}

function readQuantity(first: string, second: string | undefined, multiplier: string | undefined, measure: string) {
  const factor = multiplier ? MULTIPLIERS[multiplier]! : 1;
  const min = parseNumber(first) * factor;
  const max = parseNumber(second ?? first) * factor;
  if (!Number.isFinite(min) || !Number.isFinite(max) || min > max) return undefined;
  return { min, max, unit: measure === '％' ? '%' : measure };
}
