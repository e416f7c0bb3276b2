// 序时进度: the share of the plan period gone by a date, and the date a plan is judged at.
import type { ReportingPeriod } from '../progress/schema';
import { dayNumber, type IsoDate } from './dates';
import { periodBounds } from './periods';
import type { ResolvedSchedule } from './schedule';

/**
 * 序时进度 at a date: days of the plan period gone by the end of `date` ÷ days in the period, between 0 and 1
 * (BRIEF). 2014-06-30 in a calendar year → 181/365 ≈ 0.496; 2014-12-31 → 1; before the period → 0.
 */
export function elapsedShare(date: IsoDate, schedule: Pick<ResolvedSchedule, 'periodStart' | 'periodEnd'>): number {
  const start = dayNumber(schedule.periodStart);
  const total = dayNumber(schedule.periodEnd) - start + 1;
  const gone = dayNumber(date) - start + 1;
  return Math.min(1, Math.max(0, gone / total));
}

/**
 * The date progress is judged at, given the period being reported: its last day (BRIEF: offices judge 截至6月底, not
 * the day the report is typed), or `asOf` itself while that period is still open (the plan's first period).
 */
export function judgingDate(asOf: IsoDate, reporting: ReportingPeriod): IsoDate {
  const { end } = periodBounds(reporting);
  return dayNumber(asOf) < dayNumber(end) ? asOf : end;
}
