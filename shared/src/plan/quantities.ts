// Finds quantity phrases (number, optional range and 万, measure word, 左右/以上/以内) in plan text.
import { CHINESE_NUMERAL_CHARS, normalizeNumerals, parseNumber } from './numerals';

/** Measure words that count something a unit can report on (issue 9, point 4); matched longest first. */
const MEASURE_WORDS = [
  ...['个百分点', '平方公里', '平方米', '立方米', '千瓦时', '千瓦', '兆瓦', '公里', '公顷', '千米', '人次', '万元'],
  ...['亿元', '名', '个', '人', '家', '项', '所', '支', '场', '次', '期', '篇', '件', '户', '座', '位', '批', '套'],
  ...['部', '本', '门', '台', '条', '处', '间', '元', '亩', '盏', '辆', '吨', '栋', '幢', '口', '张', '床', '株'],
  ...['棵', '艘', '架', '块', '米', '%', '％'],
].sort((a, b) => b.length - a.length);
// Chinese numerals are matched lazily so that 万/亿 are left to the multiplier or the money unit when they can be:
// 两万元 is 2 of 万元 (money keeps its accounting unit), 两万人 is 2 × 万 of 人. Arabic numbers may group thousands
// (12,500 or 1，000) or mix in 万 (3万4000).
const NUMBER = String.raw`\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?万\d{1,4}(?![\d.])|\d+(?:\.\d+)?|[${CHINESE_NUMERAL_CHARS}]+?`;
const RANGE_DASH = '(?:-|~|～|—|–|至|到)';
const QUANTITY = new RegExp(
  `(${NUMBER})(?:\\s*${RANGE_DASH}\\s*(${NUMBER}))?(?:(万|亿)(?!元))?(余|多)?(${MEASURE_WORDS.join('|')})(左右|上下|以上|以下|以内)?`,
  'gu',
);
/** A bare 万 before the people it counts: `解决8万农村人口饮水` is 80000 人 (issue 9, point 4). */
const BARE_WAN = new RegExp(
  `(\\d+(?:\\.\\d+)?|[${CHINESE_NUMERAL_CHARS}]+?)(万|亿)(?=[\\u4e00-\\u9fff]{1,6}?(?:人口|群众|居民|农民|职工|学生))`,
  'gu',
);
const MULTIPLIERS: Record<string, number> = { 万: 1e4, 亿: 1e8 };
/** An amount with a measure word whose number cannot be read as one value: 几十个, 数百家, 若干处, 三四十个. */
const VAGUE = new RegExp(
  `(?:(?:几|数|若干)[十百千万]*|[${CHINESE_NUMERAL_CHARS}]{2,})(?:余|多)?(?:${MEASURE_WORDS.join('|')})`,
  'gu',
);

export interface Quantity {
  /** Offset of the first character of the number in the text. */
  start: number;
  /** Offset just past the quantity (measure word and 左右 included). */
  end: number;
  min: number;
  max: number;
  unit: string;
  /** The source hedges the value: 左右, 上下, 余, 多. */
  approximate: boolean;
  /** What follows the measure word: 以上 (a floor), 以下/以内 (a cap), 左右/上下, or ''. */
  after: string;
  /** Written as the Chinese numeral 一, which usually means "a" rather than the number one. */
  indefinite: boolean;
}

/** Every quantity phrase in `text`, in order. */
export function findQuantities(text: string): Quantity[] {
  const normalized = normalizeNumerals(text);
  const found: Quantity[] = [];
  for (const m of normalized.matchAll(QUANTITY)) {
    const [whole, first, second, multiplier, more, measure, after] = m;
    const quantity = readQuantity(first!, second, multiplier, measure!);
    if (!quantity) continue;
    found.push({
      start: m.index,
      end: m.index + whole.length,
      ...quantity,
      approximate: Boolean(more) || after === '左右' || after === '上下',
      after: after ?? '',
      indefinite: first === '一' && second === undefined && multiplier === undefined,
    });
  }
  for (const m of normalized.matchAll(BARE_WAN)) {
    if (found.some((q) => m.index >= q.start && m.index < q.end)) continue;
    const value = parseNumber(m[1]!) * MULTIPLIERS[m[2]!]!;
    if (!Number.isFinite(value)) continue;
    const q = { start: m.index, end: m.index + m[0].length, min: value, max: value, unit: '人' };
    found.push({ ...q, approximate: false, after: '', indefinite: false });
  }
  return found.sort((a, b) => a.start - b.start);
}

function readQuantity(first: string, second: string | undefined, multiplier: string | undefined, measure: string) {
  const factor = multiplier ? MULTIPLIERS[multiplier]! : 1;
  const min = parseNumber(first) * factor;
  const max = parseNumber(second ?? first) * factor;
  if (!Number.isFinite(min) || !Number.isFinite(max) || min > max) return undefined;
  return { min, max, unit: measure === '％' ? '%' : measure };
}

/**
 * Phrases that count something with a number the parser cannot read as one value (几十个, 数百家, 三四十个):
 * no target is made of them, and the plan reader warns (issue 9, point 7: a wrong value is worse than none).
 */
export function findVagueAmounts(text: string): { start: number; quote: string }[] {
  const vague = [...normalizeNumerals(text).matchAll(VAGUE)];
  if (vague.length === 0) return [];
  const read = findQuantities(text);
  return vague
    .filter((m) => !read.some((q) => m.index < q.end && q.start < m.index + m[0].length))
    .map((m) => ({ start: m.index, quote: text.slice(m.index, m.index + m[0].length) }));
}
