// The per-plan progress snapshot `progress:{planId}`: one read serves GET progress, one write ends a push.
import { decodeSnapshot, emptySnapshot, encodeSnapshot, progressLine, type Snapshot } from '../rules/snapshot';
import { progressKey } from './keys';
import { retryRateLimited } from './retry';

export class ProgressStore {
  constructor(private readonly kv: KVNamespace) {}

  /** The GET progress body as stored, or null when nothing was ever written. One KV read. */
  async readProgressJson(planId: string): Promise<string | null> {
    const stored = await this.kv.get(progressKey(planId), 'text');
    return stored === null ? null : progressLine(stored);
  }

  /** One KV read. */
  async read(planId: string): Promise<Snapshot> {
    const stored = await this.kv.get(progressKey(planId), 'text');
    return stored === null ? emptySnapshot(planId) : decodeSnapshot(stored);
  }

  /** One KV write (more only when KV answers 429 and the write is retried). */
  async write(planId: string, snapshot: Snapshot): Promise<void> {
    const value = encodeSnapshot(snapshot);
    await retryRateLimited(() => this.kv.put(progressKey(planId), value));
  }
}
