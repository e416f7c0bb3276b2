// Restores into a plan's progress the history writes it lacks: at the plan writer's start, when a batch's
// baseVersion is ahead of it (history is the proof), and on the admin route and the hourly cron.
import type { PlanProgress } from '@plansync/shared';
import { restore, subjectsBehind } from '../rules/repair-snapshot';
import { subjectId } from '../rules/subject';
import type { HistoryStore } from '../store/history-store';

/**
 * KV operations one restore may spend (lists and reads), so that a restore and the largest push fit together
 * under Workers KV's 1,000 operations per invocation (writer/group-budget.ts). Subjects it had no room to read
 * stay behind; the next restore (the next push whose base is ahead, the hourly cron) continues with them.
 */
export const RESTORE_KV_OPS = 400;

/**
 * KV cost: 1 list per 1,000 history keys, then reads for history keys whose metadata could not hold their
 * entries: at most `maxOps` operations in all. Writes nothing: the caller (the plan writer) commits the result.
 * @returns the progress with the newer history writes in place, and the ids (`f:4.1`, `r:4`) restored.
 */
export async function restoreFromHistory(
  history: HistoryStore,
  progress: PlanProgress,
  maxOps = RESTORE_KV_OPS,
): Promise<{ progress: PlanProgress; restored: string[] }> {
  const applied = new Set([...progress.figures, ...progress.reports].map((state) => state.batchId));
  const { latest, ops } = await history.latest(progress.planId, maxOps, applied);
  let reads = Math.max(0, maxOps - ops);
  // Writes whose entry the listing already gave cost nothing; the others one read each, while reads remain.
  const behind = subjectsBehind(progress, latest.values()).filter((write) => {
    if (write.entry) return true;
    reads -= 1;
    return reads >= 0;
  });
  if (behind.length === 0) return { progress, restored: [] };
  const entries = await Promise.all(
    behind.map(async (write) => write.entry ?? (await history.entry(write.key, write.subject))),
  );
  const found = entries.filter((entry) => entry !== undefined);
  return { progress: restore(progress, found), restored: behind.map((write) => subjectId(write.subject)) };
}
