// Restores a plan's snapshot from history after a lost concurrent update (admin route and hourly cron).
import type { HistoryEntry } from '@plansync/shared';
import { restore, subjectsBehind } from '../rules/repair-snapshot';
import type { HistoryStore } from '../store/history-store';
import { subjectId } from '../store/keys';
import type { ProgressStore } from '../store/progress-store';
import { withPlanLock } from './plan-lock';

/** Bounds one run under KV's 1,000 operations per invocation; the next run continues. */
const MAX_ENTRY_READS = 500;

/**
 * KV cost: 1 snapshot read + 1 list per 1,000 history keys + 1 read per restored entry too large for its
 * key's metadata + 1 snapshot write only when something was restored.
 * @returns ids (`f:4.1`, `r:4`) of the subjects restored.
 */
export async function repairSnapshot(stores: { progress: ProgressStore; history: HistoryStore }, planId: string): Promise<string[]> {
  return withPlanLock(planId, async () => {
    const snapshot = await stores.progress.read(planId);
    const latest = await stores.history.latest(planId);
    const behind = subjectsBehind(snapshot.progress, latest.values());
    if (behind.length === 0) return [];
    const needingReads = behind.filter((write) => !write.entry).slice(0, MAX_ENTRY_READS);
    const read = await Promise.all(needingReads.map((write) => stores.history.entry(write.key)));
    const entries = [...behind.flatMap((write) => (write.entry ? [write.entry] : [])), ...read.filter((e): e is HistoryEntry => e !== null)];
    await stores.progress.write(planId, { progress: restore(snapshot.progress, entries), replays: snapshot.replays });
    return entries.map((entry) => subjectId(entry.kind === 'figure' ? { kind: 'figure', targetId: entry.targetId } : { kind: 'report', task: entry.task }));
  });
}
