// 请核实: a figure that is valid but implausible, questioned rather than silently sent (issue 14). It is still sent
// as typed (the unit knows best); the reason stays in the row's 同步状态 until a later figure clears it, in the
// unit's workbook and, recomputed on pull, in the office's.
import type { CellValue } from '@plansync/shared';
import type { Lang } from '../i18n/lang';
import { targetBounds } from './target-cell';

/**
 * A figure above this many times its target is questioned (30 against 5 is 600%). Plans are often exceeded, by
 * half or double; three times is rarely anything but a typing slip (an extra digit, a 万 counted twice).
 */
export const DEFAULT_CHECK_FACTOR = 3;

const SUFFIX = { zh: ' · 请核实：', en: ' · Please check: ' } as const;

/**
 * Why `value` is implausible for a target, or null. `target` is the 目标值 cell (50, or `5–8`), `unit` its measure
 * word; `previous` the figure already reported for it. Cumulative counts do not fall, so a lower figure is
 * questioned — except for percentages, which are levels and may.
 */
export function figureCheck(
  value: number,
  previous: number | null,
  target: CellValue,
  unit: CellValue,
  factor: number,
  lang: Lang,
): string | null {
  const zh = lang === 'zh';
  const upper = targetBounds(target).max;
  if (upper > 0 && value > upper * factor) {
    const pct = Math.round((value / upper) * 100);
    return zh
      ? `${value} 是目标 ${target} 的 ${pct}%，请确认没有多输`
      : `${value} is ${pct}% of the target ${target}: check for a typing slip`;
  }
  if (previous !== null && value < previous && String(unit) !== '%') {
    return zh
      ? `低于本单位已报送的 ${previous}（累计数一般不会减少）`
      : `lower than the ${previous} already reported (a cumulative count rarely falls)`;
  }
  return null;
}

/** The 同步状态 text with the question appended. */
export const withCheck = (text: string, check: string | null, lang: Lang) =>
  check ? `${text}${SUFFIX[lang]}${check}` : text;

/** The question a 同步状态 cell carries, in either language, or null. */
export function checkOf(stateCell: CellValue): string | null {
  const text = String(stateCell ?? '');
  for (const suffix of Object.values(SUFFIX)) {
    const at = text.indexOf(suffix);
    if (at >= 0) return text.slice(at + suffix.length);
  }
  return null;
}
