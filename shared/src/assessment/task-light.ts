// One task judged: from its targets' lights, its typed status and its deadline (完成时限).
import { z } from 'zod';
import type { ReportState } from '../progress/schema';
import { dayNumber, type IsoDate } from './dates';
import { atLeast, worstLight, LightSchema, type Light } from './lights';

/** Why a task has its light, so the pane can say it in words. */
export const TASK_LIGHT_REASONS = [
  'status_done',
  'targets_done',
  'past_deadline',
  'status_behind',
  'targets',
  'status',
  'report_overdue',
  'nothing_reported',
] as const;
export const TaskLightReasonSchema = z.enum(TASK_LIGHT_REASONS);
export type TaskLightReason = z.infer<typeof TaskLightReasonSchema>;

export const TaskAssessmentSchema = z.object({
  task: z.number().int().positive(),
  light: LightSchema,
  reason: TaskLightReasonSchema,
  /** The 完成时限 as a date: the task's `dueBy` read, or the end of the plan period. */
  deadline: z.iso.date(),
});
export type TaskAssessment = z.infer<typeof TaskAssessmentSchema>;

export interface TaskFacts {
  task: number;
  /** Lights of the task's targets (empty for a task without figures). */
  targetLights: Light[];
  report: Pick<ReportState, 'status'> | undefined;
  deadline: IsoDate;
  /** The lead unit has not reported for the period and its due day has passed. */
  reportOverdue: boolean;
}

/**
 * A task's light (BRIEF, issue 12): 已完成 when its status says so or every target is complete; 红 past its deadline
 * and not done, or typed 滞后; otherwise the worst of its targets' lights, or 绿 for a task without figures that is
 * under way (推进中); 黄 at least when its report is overdue; 无 when nothing has been reported yet.
 */
export function assessTask(facts: TaskFacts, asOf: IsoDate): TaskAssessment {
  const { task, targetLights, report, deadline, reportOverdue } = facts;
  const judged = (light: Light, reason: TaskLightReason): TaskAssessment => ({ task, light, reason, deadline });
  if (report?.status === 'done') return judged('done', 'status_done');
  if (targetLights.length > 0 && targetLights.every((l) => l === 'done')) return judged('done', 'targets_done');
  if (dayNumber(asOf) > dayNumber(deadline)) return judged('red', 'past_deadline');
  if (report?.status === 'behind') return judged('red', 'status_behind');
  // Targets already complete say nothing about the rest: the task is judged by those still open.
  let light = worstLight(targetLights.filter((l) => l !== 'done'));
  let reason: TaskLightReason = light === 'none' ? 'nothing_reported' : 'targets';
  if (light === 'none' && report?.status === 'in_progress') [light, reason] = ['green', 'status'];
  if (reportOverdue && atLeast(light, 'yellow') !== light) [light, reason] = ['yellow', 'report_overdue'];
  return judged(light, reason);
}
