// Who has reported for a period: each lead unit's state (reported, not yet due, overdue = 未报送).
import { z } from 'zod';
import type { Plan } from '../plan/schema';
import { ReportingPeriodSchema, type PlanProgress, type ReportingPeriod } from '../progress/schema';
import { dayNumber, type IsoDate } from './dates';
import { coveredThrough } from './period-values';
import { periodBounds } from './periods';

export const UnitReportingSchema = z.object({
  unit: z.string(),
  /** The period whose report is being collected. */
  period: ReportingPeriodSchema,
  /** The day that report is due. */
  dueOn: z.iso.date(),
  reported: z.boolean(),
  /** Not reported and the due day has passed: 未报送 (BRIEF: offices list these first). */
  overdue: z.boolean(),
});
export type UnitReporting = z.infer<typeof UnitReportingSchema>;

interface Stamped {
  period?: ReportingPeriod | undefined;
  writtenAt: string;
}

/**
 * Whether a figure or report counts for `period`. Figures are cumulative, so a record for that period or a later
 * one does. A record without a month or quarter (stored before periods existed, or the year's) counts when it was
 * written on or after the period's last day, in the plans' time zone. Returns a test that remembers the days it
 * worked out: a plan's records share a few periods and push times.
 */
export function countsFor(period: ReportingPeriod): (record: Stamped) => boolean {
  const end = dayNumber(periodBounds(period).end);
  const days = new Map<string, number>();
  const dayOf = (key: string, compute: () => number) => {
    let day = days.get(key);
    if (day === undefined) days.set(key, (day = compute()));
    return day;
  };
  return (record) =>
    dayOf(record.period && record.period.length > 4 ? record.period : record.writtenAt, () =>
      dayNumber(coveredThrough(record)),
    ) >= end;
}

/** The lead units in the plan's order, each with the numbers of the tasks it leads. */
export function leadUnits(plan: Plan): Map<string, number[]> {
  const byUnit = new Map<string, number[]>();
  for (const task of plan.tasks) {
    if (!task.leadUnit) continue;
    const tasks = byUnit.get(task.leadUnit);
    if (tasks) tasks.push(task.number);
    else byUnit.set(task.leadUnit, [task.number]);
  }
  return byUnit;
}

/**
 * The numbers of the tasks with a figure or report that counts for `period` (see `countsFor`): what 本期已报送
 * counts in the roll-up, and what makes a unit reported.
 */
export function reportedTasks(
  plan: Plan,
  progress: Pick<PlanProgress, 'figures' | 'reports'>,
  period: ReportingPeriod,
): Set<number> {
  const counts = countsFor(period);
  const reported = new Set<number>();
  const taskOfTarget = new Map(plan.tasks.flatMap((t) => t.targets.map((g) => [g.id, t.number] as const)));
  for (const figure of progress.figures) {
    const task = taskOfTarget.get(figure.targetId);
    if (task !== undefined && counts(figure)) reported.add(task);
  }
  for (const report of progress.reports) if (counts(report)) reported.add(report.task);
  return reported;
}

/**
 * Each lead unit's reporting state for `period`: reported when any of the tasks it leads is in `reported` (a unit
 * reports once for all its tasks); overdue when not reported and `asOf` is after `dueOn`.
 */
export function unitReporting(
  plan: Plan,
  reported: ReadonlySet<number>,
  period: ReportingPeriod,
  dueOn: IsoDate,
  asOf: IsoDate,
): UnitReporting[] {
  const late = dayNumber(asOf) > dayNumber(dueOn);
  return [...leadUnits(plan)].map(([unit, tasks]) => {
    const done = tasks.some((t) => reported.has(t));
    return { unit, period, dueOn, reported: done, overdue: !done && late };
  });
}
