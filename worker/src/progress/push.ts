// A push as the route sees it: the shared batch check against the plan, then the plan's single writer.
import {
  checkBatch,
  fingerprint as fingerprintOf,
  type Lang,
  type Plan,
  type ProgressBatch,
  type Writer,
} from '@plansync/shared';
import { addKvOps, type KvOpCounts } from '../store/counting-kv';
import { KvRateLimitedError } from '../store/retry';
import type { PushOutcome } from '../writer/group-commit';

export interface PushInput {
  plan: Plan;
  batch: ProgressBatch;
  writer: Writer;
  lang: Lang;
  idempotencyKey?: string;
}

/**
 * Checks a batch with the shared write rules (ids, duplicates, lead units) and hands it to the plan's writer,
 * which orders it among the plan's other pushes and answers once it is in the KV snapshot.
 * Adds the writer's KV operations to `counts`.
 * @throws KvRateLimitedError when KV kept answering 429 (the route answers 503; a retry with the key is safe).
 * @example const outcome = await pushBatch(env.PLAN_WRITER, counts, { plan, batch, writer, lang: 'zh' });
 */
export async function pushBatch(
  writers: Env['PLAN_WRITER'],
  counts: KvOpCounts,
  input: PushInput,
): Promise<PushOutcome> {
  const { plan, batch, writer, lang, idempotencyKey } = input;
  const refusal = checkBatch(plan, batch, writer, lang);
  if (refusal) return { ok: false, refusal };
  const fingerprint = idempotencyKey ? await fingerprintOf(batch) : '';
  const committed = await writers
    .getByName(plan.id)
    .submit({ kind: 'push', planId: plan.id, batch, writer, lang, idempotencyKey, fingerprint });
  addKvOps(counts, committed.kvOps);
  if ('unavailable' in committed) throw new KvRateLimitedError('KV answered 429 to the plan writer');
  if ('restored' in committed) throw new Error('the plan writer answered a push with a repair outcome');
  const { kvOps: _kvOps, stepKvOps: _steps, ...outcome } = committed;
  return outcome;
}
