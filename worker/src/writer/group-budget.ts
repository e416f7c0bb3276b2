// How the plan writer sizes its steps so that none spends more than Workers KV's 1,000 operations per invocation
// (brief: KV facts; issue 10.6): the first load is a step of its own, and a group takes waiting jobs only while
// their worst case fits; the rest wait for the next group.
import { PROGRESS_LIMITS, type PlanProgress, type ProgressBatch } from '@plansync/shared';
import { RESTORE_KV_OPS } from '../progress/repair';
import { tasksTouched } from '../rules/subject';
import type { Job } from './group-commit';

/** Workers KV's limit of operations per invocation. */
export const KV_OPS_PER_STEP = 1000;

/** The snapshot write every group that changed something ends with. */
const SNAPSHOT_WRITE = 1;

/** The first load of the writer's progress: the KV snapshot read, then a restore from history. */
export const LOAD_KV_OPS = 1 + RESTORE_KV_OPS;

/**
 * The most KV operations a job can cost. A push: one history write per task it touches, its keyed result's read
 * and write, and a restore when a base version is ahead of `progress` (applying earlier jobs only raises
 * versions, so a job not ahead of the group's starting progress is never ahead later). A repair: the KV
 * snapshot read and a restore.
 */
function worstKvOps(job: Job, progress: PlanProgress): number {
  if (job.kind === 'repair') return 1 + RESTORE_KV_OPS;
  const keyed = job.idempotencyKey ? 2 : 0;
  return tasksTouched(job.batch) + keyed + (basesAhead(progress, job.batch) ? RESTORE_KV_OPS : 0);
}

/** How many of `jobs`, from the front, one group takes: at least one, then while their worst case fits. */
export function jobsWithinBudget(jobs: readonly Job[], progress: PlanProgress): number {
  let spent = SNAPSHOT_WRITE;
  let taken = 0;
  for (const job of jobs) {
    spent += worstKvOps(job, progress);
    if (taken > 0 && spent > KV_OPS_PER_STEP) break;
    taken += 1;
  }
  return taken;
}

/** The largest push the API accepts, with its restore and the snapshot write: it must fit in a group alone. */
export const LARGEST_GROUP_KV_OPS = PROGRESS_LIMITS.batchTasks + 2 + RESTORE_KV_OPS + SNAPSHOT_WRITE;

/** True when an entry's baseVersion is ahead of the subject's current version (0 when never written). */
export function basesAhead(progress: PlanProgress, batch: ProgressBatch): boolean {
  const figures = new Map(progress.figures.map((s) => [s.targetId, s.version]));
  const reports = new Map(progress.reports.map((s) => [s.task, s.version]));
  return (
    (batch.figures ?? []).some((e) => e.baseVersion > (figures.get(e.targetId) ?? 0)) ||
    (batch.reports ?? []).some((e) => e.baseVersion > (reports.get(e.task) ?? 0))
  );
}
