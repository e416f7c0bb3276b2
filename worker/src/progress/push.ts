// A push: idempotency check, snapshot read, version rule, history writes, snapshot write, keyed result write.
import {
  fingerprint as fingerprintOf,
  type Lang,
  type ProgressBatch,
  type PushResult,
  type Writer,
} from '@plansync/shared';
import { ApiFailure } from '../http/api-failure';
import { applyBatch } from '../rules/apply-batch';
import type { HistoryStore } from '../store/history-store';
import type { IdempotencyStore } from '../store/idempotency-store';
import type { ProgressStore } from '../store/progress-store';
import { withPlanLock } from './plan-lock';

export interface PushInput {
  planId: string;
  batch: ProgressBatch;
  writer: Writer;
  lang: Lang;
  idempotencyKey?: string;
}

const KEY_REUSED = {
  zh: '此 Idempotency-Key 已用于另一批不同的数据，请为新批次使用新的键。',
  en: 'This Idempotency-Key was already used for a different batch; use a new key for a new batch.',
};
const STALE_BASE = {
  zh: '批次中有 baseVersion 不存在的条目，整批未写入。',
  en: 'Some entries have a baseVersion that does not exist; nothing was written.',
};

/**
 * Applies a batch that already passed `checkBatch`. History is written before the snapshot: once an entry
 * is in history it is never lost, even if the snapshot write after it fails or is overwritten elsewhere.
 */
export async function pushBatch(
  stores: { progress: ProgressStore; history: HistoryStore; idempotency: IdempotencyStore },
  input: PushInput,
): Promise<PushResult> {
  const fingerprint = input.idempotencyKey ? await fingerprintOf(input.batch) : '';
  const scope = input.idempotencyKey
    ? { planId: input.planId, tokenId: input.writer.tokenId, key: input.idempotencyKey }
    : undefined;
  return withPlanLock(input.planId, async () => {
    if (scope) {
      const replay = await stores.idempotency.find(scope);
      if (replay && replay.fingerprint !== fingerprint) throw new ApiFailure(422, 'invalid_request', KEY_REUSED);
      if (replay) return { ...replay.result, replayed: true };
    }
    const progress = await stores.progress.read(input.planId);
    const outcome = applyBatch({
      progress,
      batch: input.batch,
      writer: input.writer,
      batchId: crypto.randomUUID(),
      writtenAt: new Date().toISOString(),
      newWriteId: () => crypto.randomUUID(),
      lang: input.lang,
    });
    if (!outcome.ok) throw new ApiFailure(400, 'invalid_request', STALE_BASE, outcome.issues);
    // An all-conflict batch changes nothing, so it writes no history and no snapshot.
    if (outcome.history.length > 0) {
      await stores.history.append(input.planId, outcome.history);
      await stores.progress.write(outcome.progress);
    }
    if (scope) await stores.idempotency.remember(scope, fingerprint, outcome.result);
    return outcome.result;
  });
}
