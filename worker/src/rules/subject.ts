// A subject is what one write changes: a target's figure or a task's report; history and repair key by it.
import { taskOfTarget, type ProgressBatch } from '@plansync/shared';

export type Subject = { kind: 'figure'; targetId: string } | { kind: 'report'; task: number };

/** Stable map key for a subject: `f:4.1` or `r:4`. */
export const subjectId = (subject: Subject) =>
  subject.kind === 'figure' ? `f:${subject.targetId}` : `r:${subject.task}`;

/** How many tasks a batch touches: one history write each, the unit of a push's KV cost. */
export function tasksTouched(batch: ProgressBatch): number {
  const tasks = new Set<number>(batch.reports?.map((r) => r.task));
  for (const figure of batch.figures ?? []) tasks.add(taskOfTarget(figure.targetId));
  return tasks.size;
}
