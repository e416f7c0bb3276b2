import { describe, expect, it } from 'vitest';
import { dueDateOf, periodBounds, periodLabel, periodName, previousPeriod, reportingPeriodAt } from './periods';
import { elapsedShare, judgingDate } from './elapsed';
import { civilDateOf, isIsoDate } from './dates';
import { resolveSchedule, ReportingScheduleSchema } from './schedule';

const monthly = resolveSchedule(2014);
const quarterly = resolveSchedule(2014, ReportingScheduleSchema.parse({ cycle: 'quarterly', dueDay: 10 }));

describe('reporting periods', () => {
  it('gives each period its first and last day, February and leap years included', () => {
    expect(periodBounds('2014-02')).toEqual({ start: '2014-02-01', end: '2014-02-28' });
    expect(periodBounds('2016-02').end).toBe('2016-02-29');
    expect(periodBounds('2014-Q2')).toEqual({ start: '2014-04-01', end: '2014-06-30' });
    expect(periodBounds('2014')).toEqual({ start: '2014-01-01', end: '2014-12-31' });
  });

  it('steps back across a year boundary', () => {
    expect(previousPeriod('2014-01')).toBe('2013-12');
    expect(previousPeriod('2014-Q1')).toBe('2013-Q4');
    expect(previousPeriod('2014-07')).toBe('2014-06');
  });

  it('collects the last closed period: June at the start of July, Q2 in July for 季报', () => {
    expect(reportingPeriodAt('2014-07-03', monthly)).toBe('2014-06');
    expect(reportingPeriodAt('2014-06-30', monthly)).toBe('2014-05');
    expect(reportingPeriodAt('2014-07-03', quarterly)).toBe('2014-Q2');
    expect(reportingPeriodAt('2014-09-30', quarterly)).toBe('2014-Q2');
  });

  it('keeps the period within the plan: the first month before it closes, December after the year', () => {
    expect(reportingPeriodAt('2014-01-15', monthly)).toBe('2014-01');
    expect(reportingPeriodAt('2013-11-02', monthly)).toBe('2014-01');
    expect(reportingPeriodAt('2015-01-04', monthly)).toBe('2014-12');
    expect(reportingPeriodAt('2015-08-01', quarterly)).toBe('2014-Q4');
  });

  it('is due on the due day of the month after the period, December into January', () => {
    expect(dueDateOf('2014-06', monthly)).toBe('2014-07-05');
    expect(dueDateOf('2014-12', monthly)).toBe('2015-01-05');
    expect(dueDateOf('2014-Q2', quarterly)).toBe('2014-07-10');
  });

  it('labels what a report covers as the office heads it', () => {
    expect(periodLabel('2014-06')).toEqual({ zh: '截至6月底', en: 'to the end of June' });
    expect(periodLabel('2014-Q3').zh).toBe('截至9月底');
    expect(periodName('2014-Q2').zh).toBe('2014年第二季度');
    expect(periodName('2014-06')).toEqual({ zh: '2014年6月', en: 'June 2014' });
  });
});

describe('序时进度', () => {
  it('is 0 before the year, about half at the end of June, 1 at year end and after', () => {
    expect(elapsedShare('2013-12-31', monthly)).toBe(0);
    expect(elapsedShare('2014-01-01', monthly)).toBeCloseTo(1 / 365, 10);
    expect(elapsedShare('2014-06-30', monthly)).toBeCloseTo(181 / 365, 10);
    expect(elapsedShare('2014-12-31', monthly)).toBe(1);
    expect(elapsedShare('2015-03-01', monthly)).toBe(1);
  });

  it('follows a plan period other than the calendar year', () => {
    const schoolYear = resolveSchedule(
      2014,
      ReportingScheduleSchema.parse({ periodStart: '2014-09-01', periodEnd: '2015-08-31' }),
    );
    expect(elapsedShare('2015-02-28', schoolYear)).toBeCloseTo(181 / 365, 10);
  });

  it('judges at the end of the period reported, not the day the report is typed', () => {
    expect(judgingDate('2014-07-03', '2014-06')).toBe('2014-06-30');
    expect(judgingDate('2014-01-20', '2014-01')).toBe('2014-01-20');
  });
});

describe('schedule and dates', () => {
  it('defaults to 月报 due on the 5th over the calendar year with 10 points', () => {
    expect(resolveSchedule(2014)).toEqual({
      cycle: 'monthly',
      dueDay: 5,
      periodStart: '2014-01-01',
      periodEnd: '2014-12-31',
      thresholdPoints: 10,
    });
  });

  it('refuses a due day that some months lack, half a plan period, and a period that ends before it starts', () => {
    expect(ReportingScheduleSchema.safeParse({ dueDay: 31 }).success).toBe(false);
    expect(ReportingScheduleSchema.safeParse({ periodStart: '2014-01-01' }).success).toBe(false);
    expect(ReportingScheduleSchema.safeParse({ periodStart: '2014-12-01', periodEnd: '2014-01-01' }).success).toBe(
      false,
    );
    expect(ReportingScheduleSchema.safeParse({ periodStart: '2014-02-30', periodEnd: '2014-12-31' }).success).toBe(
      false,
    );
  });

  it('reads a write made late on 30 June UTC as 1 July in China', () => {
    expect(civilDateOf('2014-06-30T17:00:00.000Z')).toBe('2014-07-01');
    expect(civilDateOf('2014-06-30T15:59:59.000Z')).toBe('2014-06-30');
    expect(isIsoDate('2014-02-29')).toBe(false);
  });
});
