// Reporting periods (`2014-06`, `2014-Q2`, `2014`): their bounds, the period a report is for at a date, its due date, its label.
import type { ReportingPeriod } from '../progress/schema';
import { dayNumber, endOfMonth, fromDayNumber, isoDate, yearMonth, type IsoDate } from './dates';
import type { ReportingCycle, ResolvedSchedule } from './schedule';

/** First and last day of a period, both inclusive. */
export function periodBounds(period: ReportingPeriod): { start: IsoDate; end: IsoDate } {
  const year = Number(period.slice(0, 4));
  const quarter = /-Q([1-4])$/.exec(period);
  if (quarter) {
    const last = Number(quarter[1]) * 3;
    return { start: isoDate(year, last - 2, 1), end: endOfMonth(year, last) };
  }
  if (period.length === 7) {
    const month = Number(period.slice(5, 7));
    return { start: isoDate(year, month, 1), end: endOfMonth(year, month) };
  }
  return { start: isoDate(year, 1, 1), end: isoDate(year, 12, 31) };
}

/** The month or quarter a date falls in. */
export function periodContaining(date: IsoDate, cycle: ReportingCycle): ReportingPeriod {
  const { year, month } = yearMonth(date);
  return cycle === 'monthly' ? `${year}-${String(month).padStart(2, '0')}` : `${year}-Q${Math.ceil(month / 3)}`;
}

/** The month or quarter before one (a year's is the year before). */
export function previousPeriod(period: ReportingPeriod): ReportingPeriod {
  if (period.length === 4) return String(Number(period) - 1);
  const dayBefore = fromDayNumber(dayNumber(periodBounds(period).start) - 1);
  return periodContaining(dayBefore, period.includes('Q') ? 'quarterly' : 'monthly');
}

/**
 * The period whose report is being collected at `asOf`: the last period closed by that date (BRIEF: offices judge at
 * the end of the period being reported, 截至6月底), kept within the plan period: before the first period closes it
 * is the first period, after the plan ends the last one.
 * @example reportingPeriodAt('2014-07-03', monthly 2014) // '2014-06'
 */
export function reportingPeriodAt(asOf: IsoDate, schedule: ResolvedSchedule): ReportingPeriod {
  const first = periodContaining(schedule.periodStart, schedule.cycle);
  const last = periodContaining(schedule.periodEnd, schedule.cycle);
  const closed = previousPeriod(periodContaining(asOf, schedule.cycle));
  if (dayNumber(periodBounds(closed).end) < dayNumber(periodBounds(first).end)) return first;
  if (dayNumber(periodBounds(closed).end) > dayNumber(periodBounds(last).end)) return last;
  return closed;
}

/** The day a period's report is due: the schedule's due day of the month after the period ends. */
export function dueDateOf(period: ReportingPeriod, schedule: Pick<ResolvedSchedule, 'dueDay'>): IsoDate {
  const { year, month } = yearMonth(periodBounds(period).end);
  return month === 12 ? isoDate(year + 1, 1, schedule.dueDay) : isoDate(year, month + 1, schedule.dueDay);
}

const QUARTER_ZH = ['一', '二', '三', '四'];
const MONTH_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** What a report for the period covers, as the ledger heads it: `截至6月底` / `to the end of June`. */
export function periodLabel(period: ReportingPeriod): { zh: string; en: string } {
  const { month } = yearMonth(periodBounds(period).end);
  return { zh: `截至${month}月底`, en: `to the end of ${MONTH_EN[month - 1]}` };
}

/** The period's name: `2014年6月`, `2014年第二季度`, `2014年` / `June 2014`, `Q2 2014`, `2014`. */
export function periodName(period: ReportingPeriod): { zh: string; en: string } {
  const year = period.slice(0, 4);
  const quarter = /-Q([1-4])$/.exec(period);
  if (quarter) return { zh: `${year}年第${QUARTER_ZH[Number(quarter[1]) - 1]}季度`, en: `Q${quarter[1]} ${year}` };
  if (period.length === 7) {
    const month = Number(period.slice(5, 7));
    return { zh: `${year}年${month}月`, en: `${MONTH_EN[month - 1]} ${year}` };
  }
  return { zh: `${year}年`, en: year };
}
