// One group commit of the plan writer: apply the waiting jobs in order to the current progress, then write
// their history, the progress (object storage, then one KV snapshot write) and their keyed results.
import {
  applyBatch,
  refuse,
  type BatchRefusal,
  type HistoryEntry,
  type Lang,
  type PlanProgress,
  type ProgressBatch,
  type PushResult,
  type Writer,
} from '@plansync/shared';
import { restoreFromHistory } from '../progress/repair';
import { stampsOf, subjectsBehind } from '../rules/repair-snapshot';
import { subjectId } from '../rules/subject';
import type { IdempotencyScope, StoredResult } from '../store/idempotency-store';
import type { Stores } from '../store/stores';
import { basesAhead } from './group-budget';

/** A push the route already checked against the plan (ids, duplicates, lead units). */
interface PushJob {
  kind: 'push';
  planId: string;
  batch: ProgressBatch;
  writer: Writer;
  lang: Lang;
  idempotencyKey?: string;
  /** SHA-256 of the batch when it has an Idempotency-Key. */
  fingerprint: string;
}

/** Restore history writes the progress or the KV snapshot lacks; `rewrite` writes the snapshot in any case. */
interface RepairJob {
  kind: 'repair';
  planId: string;
  rewrite?: boolean;
}

export type Job = PushJob | RepairJob;
export type PushOutcome = { ok: true; result: PushResult } | { ok: false; refusal: BatchRefusal };
interface RepairOutcome {
  ok: true;
  restored: string[];
}
export type JobOutcome = PushOutcome | RepairOutcome;

export interface CommitHooks {
  /** Stores the progress in the object's own storage (before KV: that is the truth a restart reloads). */
  persist(progress: PlanProgress): Promise<void>;
  /** Called right after the KV snapshot write, to pace the next one. */
  snapshotWritten(): void;
}

/**
 * Applies `jobs` in order, each on the progress the previous ones left, then writes everything once.
 * KV cost: per push, 1 keyed-result read (with a key) + 1 history write per task touched (+ 1 keyed-result
 * write); per group, 1 snapshot write. A batch whose baseVersion is ahead of the progress makes history
 * prove it first (issue 10.2): the subject is restored on the spot, then the version rule decides.
 */
export async function commitGroup(
  stores: Stores,
  progress: PlanProgress,
  jobs: readonly Job[],
  hooks: CommitHooks,
): Promise<{ progress: PlanProgress; outcomes: JobOutcome[] }> {
  let current = progress;
  let changed = false;
  let rewrite = false;
  const histories: HistoryEntry[][] = [];
  const keyed: { scope: IdempotencyScope; stored: StoredResult }[] = [];
  const outcomes: JobOutcome[] = [];
  const restoreAll = async () => {
    const repaired = await restoreFromHistory(stores.history, current);
    current = repaired.progress;
    changed ||= repaired.restored.length > 0;
    return repaired.restored;
  };

  for (const job of jobs) {
    if (job.kind === 'repair') {
      const fromHistory = await restoreAll();
      // The KV snapshot is compared too: one written by hand, or by a writer before this one, may lag.
      const kvBehind = subjectsBehind(await stores.progress.read(current.planId), stampsOf(current));
      rewrite ||= job.rewrite === true || kvBehind.length > 0;
      const restored = new Set([...fromHistory, ...kvBehind.map((write) => subjectId(write.subject))]);
      outcomes.push({ ok: true, restored: [...restored].sort() });
      continue;
    }
    const scope = job.idempotencyKey
      ? { planId: job.planId, tokenId: job.writer.tokenId, key: job.idempotencyKey }
      : undefined;
    if (scope) {
      const earlier = keyed.find((k) => sameScope(k.scope, scope))?.stored ?? (await stores.idempotency.find(scope));
      if (earlier) {
        outcomes.push(
          earlier.fingerprint === job.fingerprint
            ? { ok: true, result: { ...earlier.result, replayed: true } }
            : { ok: false, refusal: refuse('key_reused') },
        );
        continue;
      }
    }
    if (basesAhead(current, job.batch)) await restoreAll();
    const applied = applyBatch({
      progress: current,
      batch: job.batch,
      writer: job.writer,
      batchId: crypto.randomUUID(),
      writtenAt: new Date().toISOString(),
      newWriteId: () => crypto.randomUUID(),
      lang: job.lang,
    });
    if (!applied.ok) {
      outcomes.push(applied);
      continue;
    }
    current = applied.progress;
    if (applied.history.length > 0) {
      histories.push(applied.history);
      changed = true;
    }
    if (scope) keyed.push({ scope, stored: { fingerprint: job.fingerprint, result: applied.result } });
    outcomes.push({ ok: true, result: applied.result });
  }

  // History first: once an entry is there it is never lost, whatever fails after it.
  await Promise.all(histories.map((entries) => stores.history.append(current.planId, entries)));
  if (changed) await hooks.persist(current);
  await Promise.all(keyed.map(({ scope, stored }) => stores.idempotency.remember(scope, stored)));
  if (changed || rewrite) {
    await stores.progress.write(current);
    hooks.snapshotWritten();
  }
  return { progress: current, outcomes };
}

const sameScope = (a: IdempotencyScope, b: IdempotencyScope) =>
  a.planId === b.planId && a.tokenId === b.tokenId && a.key === b.key;
