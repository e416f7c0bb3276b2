// The single writer of one plan's progress (a SQLite-backed Durable Object per plan, issue 10).
//
// KV has no compare-and-swap and allows one write per second per key, so every push and repair of a plan
// goes through this object: it orders them, applies the waiting ones together, and writes the snapshot to KV
// once per group (group commit), never sooner than SNAPSHOT_GAP_MS after its last snapshot write. Two
// locations can no longer both accept version n, and no push's snapshot can overwrite another's. The
// object's own storage holds the current progress (strongly consistent); KV stays what every read uses.
import { DurableObject } from 'cloudflare:workers';
import type { PlanProgress } from '@plansync/shared';
import { restoreFromHistory } from '../progress/repair';
import { addKvOps, emptyKvOpCounts, totalKvOps, type KvOpCounts } from '../store/counting-kv';
import { parseKvLimits } from '../store/kv-limits';
import { KvRateLimitedError } from '../store/retry';
import { createStores, type Stores } from '../store/stores';
import { jobsWithinBudget } from './group-budget';
import { commitGroup, type Job, type JobOutcome } from './group-commit';

/**
 * KV allows one write per second to a key; the snapshot is written at most this often. Where KV_LIMITS
 * emulates another gap (tests over local KV, which has none: `write-gap-ms=0`), the writer keeps to that one.
 */
const SNAPSHOT_GAP_MS = 1000;
/** After a failed commit, the snapshot is rewritten from the object's storage this much later. */
const RETRY_AFTER_FAILURE_MS = 2000;
const STORED_PROGRESS = 'progress';

/** KV still answered 429 after the retries: nothing of the group was acknowledged; the client retries. */
interface Unavailable {
  ok: false;
  unavailable: true;
}
/**
 * A job's outcome and the KV operations of its group (all on the group's first job, so sums stay exact);
 * `stepKvOps`: the operations of each step that job paid for (a first load, then its group), each within
 * KV_OPS_PER_STEP (group-budget.ts).
 */
export type Committed = (JobOutcome | Unavailable) & { kvOps: KvOpCounts; stepKvOps: number[] };

interface Waiting {
  job: Job;
  resolve: (committed: Committed) => void;
  reject: (error: unknown) => void;
}

export class PlanWriter extends DurableObject<Env> {
  #progress: PlanProgress | undefined;
  #waiting: Waiting[] = [];
  // eslint-disable-next-line no-unused-private-class-members -- read by the ??= that starts a drain
  #draining: Promise<void> | undefined;
  #lastSnapshotAt = 0;

  /** Queues a push (already checked against the plan) or a repair; resolves once its group is committed. */
  submit(job: Job): Promise<Committed> {
    return new Promise((resolve, reject) => {
      this.#waiting.push({ job, resolve, reject });
      this.#draining ??= this.#drain().finally(() => (this.#draining = undefined));
    });
  }

  /** Set after a failed commit: rewrite the snapshot from the object's storage. */
  override async alarm(): Promise<void> {
    const stored = await this.ctx.storage.get<PlanProgress>(STORED_PROGRESS);
    if (stored) await this.submit({ kind: 'repair', planId: stored.planId, rewrite: true });
  }

  async #drain(): Promise<void> {
    while (this.#waiting.length > 0) {
      // Pushes arriving while this waits join the group: one snapshot write for all of them.
      const gap = parseKvLimits(this.env.KV_LIMITS)?.writeGapMs ?? SNAPSHOT_GAP_MS;
      const wait = this.#lastSnapshotAt + gap - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const counts = emptyKvOpCounts();
      const steps: number[] = [];
      let group: Waiting[] = [];
      try {
        // The first load is a step of its own (up to LOAD_KV_OPS), so a group never adds its jobs to it.
        if (!this.#progress) {
          const loadCounts = emptyKvOpCounts();
          this.#progress = await this.#load(this.#stores(loadCounts), this.#waiting[0]!.job.planId);
          steps.push(totalKvOps(loadCounts));
          addKvOps(counts, loadCounts);
        }
        const progress = this.#progress;
        const taken = jobsWithinBudget(
          this.#waiting.map((w) => w.job),
          progress,
        );
        group = this.#waiting.splice(0, taken);
        const groupCounts = emptyKvOpCounts();
        const committed = await commitGroup(
          this.#stores(groupCounts),
          progress,
          group.map((w) => w.job),
          {
            persist: (next) => this.ctx.storage.put(STORED_PROGRESS, next),
            snapshotWritten: () => (this.#lastSnapshotAt = Date.now()),
          },
        );
        steps.push(totalKvOps(groupCounts));
        addKvOps(counts, groupCounts);
        this.#progress = committed.progress;
        group.forEach((w, i) => w.resolve({ ...committed.outcomes[i]!, ...share(i, counts, steps) }));
      } catch (error) {
        // A failed load fails the job that waited longest; the others try the load again.
        if (group.length === 0) group = this.#waiting.splice(0, 1);
        // Reload what was persisted; KV's snapshot catches up on the next commit or the alarm.
        this.#progress = undefined;
        this.#lastSnapshotAt = Date.now();
        if (!(error instanceof KvRateLimitedError)) group.forEach((w) => w.reject(error));
        else group.forEach((w, i) => w.resolve({ ok: false, unavailable: true, ...share(i, counts, steps) }));
        // Fails only while the object itself is being torn down, when there is nothing left to catch up.
        await this.ctx.storage.setAlarm(Date.now() + RETRY_AFTER_FAILURE_MS).catch(() => undefined);
      }
    }
  }

  /** The object's stored progress; the first time, KV's snapshot with every newer history write restored. */
  async #load(stores: Stores, planId: string): Promise<PlanProgress> {
    const stored = await this.ctx.storage.get<PlanProgress>(STORED_PROGRESS);
    if (stored) return stored;
    return (await restoreFromHistory(stores.history, await stores.progress.read(planId))).progress;
  }

  #stores(counts: KvOpCounts): Stores {
    return createStores(this.env, 0, counts);
  }
}

/** The group's counts go to its first job only, so that summing over responses counts each operation once. */
const share = (i: number, counts: KvOpCounts, steps: number[]) =>
  i === 0 ? { kvOps: counts, stepKvOps: steps } : { kvOps: emptyKvOpCounts(), stepKvOps: [] };
