// Outline markers at the start of a line: 一、 （一） 1. 1、 1．（1） ① 第三件实事： … (issue 9, point 2).
import { parseChineseNumber } from './numerals';
import { toHalfWidthNumbers } from '../text/half-width';

/** Outline levels, highest first: `chapter` 一、, `part` （一）, `item` 1. or 第三件, `sub` （1） ①. */
export const MARKER_KINDS = ['chapter', 'part', 'item', 'sub'] as const;
export type MarkerKind = (typeof MARKER_KINDS)[number];

export interface Marker {
  kind: MarkerKind;
  number: number;
  /** The line after the marker. */
  rest: string;
}

const CN = '一二三四五六七八九十百零〇两';
const CHAPTER = new RegExp(`^([${CN}]+)\\s*[、.．]\\s*(.*)$`);
const PART = new RegExp(`^[(（]([${CN}]+)[)）]\\s*[、.．]?\\s*(.*)$`);
const ITEM = /^(\d{1,4})\s*[.．、]\s*(.*)$/;
const ORDINAL = new RegExp(`^第([${CN}\\d]+)(?:件|项|条)(?:民生)?(?:实事|任务|重点工作|工作)?\\s*[:：、.．]\\s*(.*)$`);
const SUB = /^[(（](\d{1,3})[)）]\s*(.*)$/;
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/**
 * The marker a line starts with, or undefined. `expected` is the number the next item would have: `7.365便民服务
 * 热线升级` is item 7 only when 7 is expected, since otherwise `7.3` reads as a decimal; `1.1 ` (outline numbering
 * of another depth) is never an item.
 */
export function markerOf(line: string, expected: Partial<Record<MarkerKind, number>> = {}): Marker | undefined {
  const half = toHalfWidthNumbers(line);
  const rest = (m: RegExpExecArray) => line.slice(line.length - m[m.length - 1]!.length);
  let m = ITEM.exec(half);
  if (m) {
    const number = Number(m[1]);
    const startsWithDigits = /^\d/.test(m[2]!);
    // Four digits are a year (2014.) unless they are the very number expected (task 1000 of a long list).
    if (m[1]!.length === 4 && number !== expected.item) return undefined;
    if (!startsWithDigits || (number === expected.item && !/^\d+[\s.．、]/.test(m[2]!)))
      return { kind: 'item', number, rest: rest(m) };
  }
  if ((m = ORDINAL.exec(half))) return named('item', m[1]!, rest(m));
  if ((m = CHAPTER.exec(line))) return named('chapter', m[1]!, rest(m));
  if ((m = PART.exec(line))) return named('part', m[1]!, rest(m));
  if ((m = SUB.exec(half))) return { kind: 'sub', number: Number(m[1]), rest: rest(m) };
  const circled = CIRCLED.indexOf(line[0] ?? '');
  if (circled >= 0) return { kind: 'sub', number: circled + 1, rest: line.slice(1).trim() };
  return undefined;
}

function named(kind: MarkerKind, numeral: string, rest: string): Marker | undefined {
  const number = /^\d+$/.test(numeral) ? Number(numeral) : parseChineseNumber(numeral);
  return Number.isInteger(number) && number > 0 ? { kind, number, rest } : undefined;
}

/** Where a scraped page lost its line breaks: a marker after a stop or a space (`…完成。 2.新增停车位3000个。`). */
const MID_LINE = new RegExp(
  `(?<=[。；;！!？?)）\\s])\\s*(?=(?:\\d{1,3}[.．、](?!\\d)|[${CN}]+、|[(（][${CN}]+[)）]|第[${CN}]+(?:件|项)))`,
  'g',
);

/** A line cut where a marker follows a stop; pieces after the first are marked as such (`midLine`). */
export function splitMidLine(line: string): { text: string; midLine: boolean }[] {
  const cuts = [...toHalfWidthNumbers(line).matchAll(MID_LINE)].map((m) => m.index + m[0].length);
  const pieces: { text: string; midLine: boolean }[] = [];
  let from = 0;
  for (const cut of cuts) {
    if (cut > from) pieces.push({ text: line.slice(from, cut).trim(), midLine: pieces.length > 0 });
    from = cut;
  }
  pieces.push({ text: line.slice(from).trim(), midLine: pieces.length > 0 });
  return pieces.filter((p) => p.text.length > 0);
}
