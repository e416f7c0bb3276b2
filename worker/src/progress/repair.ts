// Restores a plan's snapshot from history after a lost concurrent update (admin route and hourly cron).
import { restore, subjectsBehind } from '../rules/repair-snapshot';
import { subjectId } from '../rules/subject';
import type { HistoryStore } from '../store/history-store';
import type { ProgressStore } from '../store/progress-store';
import { withPlanLock } from './plan-lock';

/** Bounds one run under KV's 1,000 operations per invocation; a later run continues. */
const MAX_READS = 400;

/**
 * KV cost: 1 snapshot read + 1 list per 1,000 history keys + reads only for history keys whose metadata
 * could not hold their entries (at most MAX_READS twice) + 1 snapshot write when something was restored.
 * @returns ids (`f:4.1`, `r:4`) of the subjects restored.
 */
export async function repairSnapshot(
  stores: { progress: ProgressStore; history: HistoryStore },
  planId: string,
): Promise<string[]> {
  return withPlanLock(planId, async () => {
    const progress = await stores.progress.read(planId);
    const latest = await stores.history.latest(planId, MAX_READS);
    const behind = subjectsBehind(progress, latest.values());
    if (behind.length === 0) return [];
    const restoring = behind.slice(0, MAX_READS);
    const entries = await Promise.all(
      restoring.map(async (write) => write.entry ?? (await stores.history.entry(write.key, write.subject))),
    );
    const found = entries.filter((entry) => entry !== undefined);
    await stores.progress.write(restore(progress, found));
    return restoring.map((write) => subjectId(write.subject));
  });
}
