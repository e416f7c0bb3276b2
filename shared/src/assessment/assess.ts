// The assessment of a plan at a date: 序时进度, each target's 完成率 and light, each task's light, who has reported.
import { z } from 'zod';
import type { Plan } from '../plan/schema';
import { ReportingPeriodSchema, type PlanProgress } from '../progress/schema';
import { type IsoDate } from './dates';
import { deadlineOf } from './due-by';
import { elapsedShare, judgingDate } from './elapsed';
import { periodValues, PeriodValuesSchema } from './period-values';
import { dueDateOf, periodLabel, reportingPeriodAt } from './periods';
import { reportedTasks, unitReporting, UnitReportingSchema } from './reporting';
import { rollUp, RollUpSchema } from './roll-up';
import { resolveSchedule, ResolvedScheduleSchema, type ReportingSchedule } from './schedule';
import { assessTarget, TargetAssessmentSchema } from './target-light';
import { assessTask, TaskAssessmentSchema } from './task-light';

const LabelSchema = z.object({ zh: z.string(), en: z.string() });

/** `GET /api/plans/:planId/assessment?asOf=`: the plan judged as the office would on that date. */
export const AssessmentSchema = z.object({
  planId: z.string(),
  asOf: z.iso.date(),
  /** The period whose report is being collected at `asOf` (the last one closed), and its label 截至6月底. */
  period: ReportingPeriodSchema,
  periodLabel: LabelSchema,
  /** The date progress is judged at: the end of `period` (or `asOf` while the plan's first period is open). */
  judgedAt: z.iso.date(),
  /** 序时进度 at `judgedAt`, 0–1. */
  elapsed: z.number().min(0).max(1),
  /** The schedule it was judged by, the plan period filled in. */
  schedule: ResolvedScheduleSchema,
  /** Each target judged, with its 本期 and 上期 figures for `period`. */
  targets: z.array(TargetAssessmentSchema.extend(PeriodValuesSchema.shape)),
  tasks: z.array(TaskAssessmentSchema),
  units: z.array(UnitReportingSchema),
  /** 汇总: the lights, 完成率 and reporting above summed by lead unit, by section and for the plan. */
  rollUp: RollUpSchema,
});
export type Assessment = z.infer<typeof AssessmentSchema>;

/**
 * Judge a plan's progress as of a date (issue 12), and sum it up (汇总). Pure: the worker serves it and the add-in recomputes it at every
 * sync and pull. Linear in the plan's targets and the progress records.
 * @param schedule the admin's schedule; the default (月报 due the 5th, calendar year, 10 points) when undefined.
 */
export function assessPlan(
  plan: Plan,
  progress: Pick<PlanProgress, 'figures' | 'reports'>,
  asOf: IsoDate,
  schedule?: ReportingSchedule,
): Assessment {
  const resolved = resolveSchedule(plan.year, schedule);
  const period = reportingPeriodAt(asOf, resolved);
  const judgedAt = judgingDate(asOf, period);
  const elapsed = elapsedShare(judgedAt, resolved);
  const dueOn = dueDateOf(period, resolved);
  const reported = reportedTasks(plan, progress, period);
  const units = unitReporting(plan, reported, period, dueOn, asOf);
  const overdueUnits = new Set(units.filter((u) => u.overdue).map((u) => u.unit));
  const figures = new Map(progress.figures.map((f) => [f.targetId, f]));
  const reports = new Map(progress.reports.map((r) => [r.task, r]));

  const targets = plan.tasks.flatMap((task) =>
    task.targets.map((t) => {
      const figure = figures.get(t.id);
      return {
        ...assessTarget(t, figure?.value, elapsed, resolved.thresholdPoints),
        ...periodValues(figure, period),
      };
    }),
  );
  let next = 0;
  const tasks = plan.tasks.map((task) => {
    const own = targets.slice(next, (next += task.targets.length));
    const deadline = (task.dueBy && deadlineOf(task.dueBy, plan.year)) || resolved.periodEnd;
    const facts = {
      task: task.number,
      targetLights: own.map((t) => t.light),
      report: reports.get(task.number),
      deadline,
      reportOverdue: overdueUnits.has(task.leadUnit),
    };
    return assessTask(facts, asOf);
  });
  return {
    planId: plan.id,
    asOf,
    period,
    periodLabel: periodLabel(period),
    judgedAt,
    elapsed,
    schedule: resolved,
    targets,
    tasks,
    units,
    rollUp: rollUp(plan, { targets, tasks, units, reported }),
  };
}
