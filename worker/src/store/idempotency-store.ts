// Idempotent push results, one KV key per Idempotency-Key (scoped to plan and token), kept for 24 hours.
//
// Issue 10: results kept inside the snapshot (the last 32 per plan) let a retry after 32 other pushes
// conflict with its own write. Under its own key a result survives any number of other pushes until its TTL.
import { PushResultSchema } from '@plansync/shared';
import { z } from '@hono/zod-openapi';
import { idempotencyKvKey } from './keys';

/** How long a retry replays its first result: retries come seconds or hours after, not days. */
const IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60;

const StoredResultSchema = z.object({
  /** SHA-256 of the batch, so a key reused for a different batch is refused instead of replayed. */
  fingerprint: z.string(),
  result: PushResultSchema,
});
export type StoredResult = z.infer<typeof StoredResultSchema>;

export interface IdempotencyScope {
  planId: string;
  tokenId: string;
  key: string;
}

export class IdempotencyStore {
  constructor(private readonly kv: KVNamespace) {}

  /** The stored result of this key, or null (never sent, or older than the TTL). One KV read. */
  async find(scope: IdempotencyScope): Promise<StoredResult | null> {
    const stored = StoredResultSchema.safeParse(await this.kv.get(kvKeyOf(scope), 'json'));
    return stored.success ? stored.data : null;
  }

  /** One KV write, to a key no other push uses (so KV's one write per second per key never bites). */
  async remember(scope: IdempotencyScope, stored: StoredResult): Promise<void> {
    await this.kv.put(kvKeyOf(scope), JSON.stringify(stored), { expirationTtl: IDEMPOTENCY_TTL_SECONDS });
  }
}

const kvKeyOf = (scope: IdempotencyScope) => idempotencyKvKey(scope.planId, scope.tokenId, scope.key);
