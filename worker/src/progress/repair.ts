// Restores into a plan's progress the history writes it lacks: at the plan writer's start, when a batch's
// baseVersion is ahead of it (history is the proof), and on the admin route and the hourly cron.
import type { PlanProgress } from '@plansync/shared';
import { restore, subjectsBehind } from '../rules/repair-snapshot';
import { subjectId } from '../rules/subject';
import type { HistoryStore } from '../store/history-store';

/** Bounds one run under KV's 1,000 operations per invocation; a later run continues. */
const MAX_READS = 400;

/**
 * KV cost: 1 list per 1,000 history keys + reads only for history keys whose metadata could not hold their
 * entries (at most MAX_READS twice). Writes nothing: the caller (the plan writer) commits the result.
 * @returns the progress with every newer history write in place, and the ids (`f:4.1`, `r:4`) restored.
 */
export async function restoreFromHistory(
  history: HistoryStore,
  progress: PlanProgress,
): Promise<{ progress: PlanProgress; restored: string[] }> {
  const latest = await history.latest(progress.planId, MAX_READS);
  const behind = subjectsBehind(progress, latest.values()).slice(0, MAX_READS);
  if (behind.length === 0) return { progress, restored: [] };
  const entries = await Promise.all(
    behind.map(async (write) => write.entry ?? (await history.entry(write.key, write.subject))),
  );
  const found = entries.filter((entry) => entry !== undefined);
  return { progress: restore(progress, found), restored: behind.map((write) => subjectId(write.subject)) };
}
