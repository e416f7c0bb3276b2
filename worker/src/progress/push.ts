// A push: batch check, idempotency check, snapshot read, version rule, history writes, snapshot write, keyed result write.
import {
  applyBatch,
  checkBatch,
  fingerprint as fingerprintOf,
  refuse,
  type BatchRefusal,
  type Lang,
  type Plan,
  type ProgressBatch,
  type PushResult,
  type Writer,
} from '@plansync/shared';
import type { HistoryStore } from '../store/history-store';
import type { IdempotencyStore } from '../store/idempotency-store';
import type { ProgressStore } from '../store/progress-store';
import { withPlanLock } from './plan-lock';

export interface PushInput {
  plan: Plan;
  batch: ProgressBatch;
  writer: Writer;
  lang: Lang;
  idempotencyKey?: string;
}

/** What a push came to: its result, or why nothing of it was written (the route answers with REFUSAL_REPLIES). */
export type PushOutcome = { ok: true; result: PushResult } | { ok: false; refusal: BatchRefusal };

/**
 * Checks and applies a batch with the shared write rules, under the plan's lock. History is written before the
 * snapshot: once an entry is in history it is never lost, even if the snapshot write after it fails or is
 * overwritten elsewhere.
 * @example const outcome = await pushBatch(c.var.stores, { plan, batch, writer, lang: 'zh' });
 */
export async function pushBatch(
  stores: { progress: ProgressStore; history: HistoryStore; idempotency: IdempotencyStore },
  input: PushInput,
): Promise<PushOutcome> {
  const { plan, batch, writer, lang, idempotencyKey } = input;
  const refusal = checkBatch(plan, batch, writer, lang);
  if (refusal) return { ok: false, refusal };
  const fingerprint = idempotencyKey ? await fingerprintOf(batch) : '';
  const scope = idempotencyKey ? { planId: plan.id, tokenId: writer.tokenId, key: idempotencyKey } : undefined;
  return withPlanLock(plan.id, async (): Promise<PushOutcome> => {
    if (scope) {
      const replay = await stores.idempotency.find(scope);
      if (replay && replay.fingerprint !== fingerprint) return { ok: false, refusal: refuse('key_reused') };
      if (replay) return { ok: true, result: { ...replay.result, replayed: true } };
    }
    const progress = await stores.progress.read(plan.id);
    const outcome = applyBatch({
      progress,
      batch,
      writer,
      batchId: crypto.randomUUID(),
      writtenAt: new Date().toISOString(),
      newWriteId: () => crypto.randomUUID(),
      lang,
    });
    if (!outcome.ok) return outcome;
    // An all-conflict batch changes nothing, so it writes no history and no snapshot.
    if (outcome.history.length > 0) {
      await stores.history.append(plan.id, outcome.history);
      await stores.progress.write(outcome.progress);
    }
    if (scope) await stores.idempotency.remember(scope, fingerprint, outcome.result);
    return { ok: true, result: outcome.result };
  });
}
