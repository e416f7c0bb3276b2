// The per-plan progress snapshot `progress:{planId}`: one read serves GET progress, one write ends a push.
//
// The value is the GET progress body itself, served as stored without parsing. Snapshots written before
// idempotent results moved to their own keys carry those results on a second line (JSON.stringify never
// writes a raw newline, so the first "\n" is the boundary); it is ignored, and the next write drops it.
import type { PlanProgress } from '@plansync/shared';
import { progressKey } from './keys';
import { retryRateLimited } from './retry';

export const emptyProgress = (planId: string): PlanProgress => ({ planId, figures: [], reports: [] });

/** Line 1 alone: the exact body of GET progress. */
function progressLine(stored: string): string {
  const end = stored.indexOf('\n');
  return end === -1 ? stored : stored.slice(0, end);
}

export class ProgressStore {
  constructor(private readonly kv: KVNamespace) {}

  /** The GET progress body as stored, or null when nothing was ever written. One KV read. */
  async readProgressJson(planId: string): Promise<string | null> {
    const stored = await this.kv.get(progressKey(planId), 'text');
    return stored === null ? null : progressLine(stored);
  }

  /**
   * One KV read. The snapshot is written only by this worker from schema-checked values, so it is parsed
   * without re-validation: a push on a 1,000-target plan would otherwise spend milliseconds re-checking it.
   */
  async read(planId: string): Promise<PlanProgress> {
    const stored = await this.readProgressJson(planId);
    return stored === null ? emptyProgress(planId) : (JSON.parse(stored) as PlanProgress);
  }

  /** One KV write (more only when KV answers 429 and the write is retried). */
  async write(progress: PlanProgress): Promise<void> {
    const value = JSON.stringify(progress);
    await retryRateLimited(() => this.kv.put(progressKey(progress.planId), value));
  }
}
