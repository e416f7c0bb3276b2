// 完成时限 as plans write it (`10月底`, `2014年6月30日`, `上半年`, `年底前`) read as the last day a task may take.
import { parseNumber } from '../plan/numerals';
import { toHalfWidthNumbers } from '../text/half-width';
import { endOfMonth, isIsoDate, isoDate, type IsoDate } from './dates';

const NUM = '[0-9〇零一二两三四五六七八九十]+';
const YEAR = `(?:(\\d{4}|[〇零一二三四五六七八九]{4})年)?`;
const DATE = new RegExp(`${YEAR}(${NUM})月(${NUM})[日号]`);
const MONTH = new RegExp(`${YEAR}(${NUM})月(上旬|中旬|下旬|底|末|份)?(前)?`);
const QUARTER = new RegExp(`${YEAR}第?([1-4一二三四])季度`);
const HALF = new RegExp(`${YEAR}(上|下)半年`);
const YEAR_END = /(?:(\d{4}|[〇零一二三四五六七八九]{4})?年(?:底|末|内)|全年)/;

/**
 * The deadline a 完成时限 text sets, in the plan's year unless it names one; null when the text gives no date
 * (`长期坚持`, `持续推进`): such tasks are judged at the end of the plan period (BRIEF).
 * `N月前` is read as the day before N月1日 (the month before), `N月`, `N月底`, `N月底前` as N月's last day,
 * 上旬/中旬 as the 10th/20th, a quarter or half year as its last day.
 * @example deadlineOf('10月底', 2014) // '2014-10-31'
 */
export function deadlineOf(dueBy: string, planYear: number): IsoDate | null {
  const text = toHalfWidthNumbers(dueBy).replace(/\s+/g, '');
  const yearOf = (y: string | undefined) => (y ? parseNumber(y) : planYear);
  let m = DATE.exec(text);
  if (m) {
    const date = isoDate(yearOf(m[1]), parseNumber(m[2]!), parseNumber(m[3]!));
    return isIsoDate(date) ? date : null;
  }
  m = MONTH.exec(text);
  if (m) {
    const year = yearOf(m[1]);
    const month = parseNumber(m[2]!);
    if (!(month >= 1 && month <= 12)) return null;
    if (m[3] === '上旬') return isoDate(year, month, 10);
    if (m[3] === '中旬') return isoDate(year, month, 20);
    if (m[4] && !m[3]) return month === 1 ? isoDate(year - 1, 12, 31) : endOfMonth(year, month - 1);
    return endOfMonth(year, month);
  }
  m = QUARTER.exec(text);
  if (m) return endOfMonth(yearOf(m[1]), parseNumber(m[2]!) * 3);
  m = HALF.exec(text);
  if (m) return endOfMonth(yearOf(m[1]), m[2] === '上' ? 6 : 12);
  m = YEAR_END.exec(text);
  if (m) return isoDate(yearOf(m[1]), 12, 31);
  return null;
}
