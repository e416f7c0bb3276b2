// Why a batch is refused whole, and how the API answers each reason (the contract both servers keep).
import type { ErrorCode, Issue } from '../api/error';
import type { Localized } from '../text/localized';

/**
 * - `invalid_entries`: an entry can never apply (unknown target or task, twice in one batch).
 * - `forbidden_entries`: the writer is not the lead unit (牵头单位) of an entry's task.
 * - `impossible_base`: a baseVersion ahead of a subject never written.
 * - `key_reused`: an Idempotency-Key already used for a different batch.
 */
export type RefusalReason = 'invalid_entries' | 'forbidden_entries' | 'impossible_base' | 'key_reused';

/** A refused batch: nothing of it is written; `issues` name each entry at fault (empty for `key_reused`). */
export interface BatchRefusal {
  reason: RefusalReason;
  message: Localized;
  issues: Issue[];
}

/** The HTTP status and error code each reason is answered with (`{ error: { code, message, details: issues } }`). */
export const REFUSAL_REPLIES: Record<RefusalReason, { status: 400 | 403 | 422; code: ErrorCode }> = {
  invalid_entries: { status: 400, code: 'invalid_request' },
  forbidden_entries: { status: 403, code: 'forbidden' },
  impossible_base: { status: 400, code: 'invalid_request' },
  key_reused: { status: 422, code: 'invalid_request' },
};

const MESSAGES: Record<RefusalReason, Localized> = {
  invalid_entries: {
    zh: '批次中有无法写入的条目，整批未写入。',
    en: 'Some entries cannot be written; nothing was written.',
  },
  forbidden_entries: {
    zh: '批次中有您无权填报的任务（只有牵头单位可以填报），整批未写入。',
    en: 'Some entries belong to tasks only their lead unit may write; nothing was written.',
  },
  impossible_base: {
    zh: '批次中有 baseVersion 不存在的条目，整批未写入。',
    en: 'Some entries have a baseVersion that does not exist; nothing was written.',
  },
  key_reused: {
    zh: '此 Idempotency-Key 已用于另一批不同的数据，请为新批次使用新的键。',
    en: 'This Idempotency-Key was already used for a different batch; use a new key for a new batch.',
  },
};

/** @example return refuse('forbidden_entries', issues); */
export const refuse = (reason: RefusalReason, issues: Issue[] = []): BatchRefusal => ({
  reason,
  message: MESSAGES[reason],
  issues,
});
