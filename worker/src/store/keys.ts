// The KV key layout, in one place (docs/kv-design.md explains it).
//
//   plan:{planId}                                        Plan JSON; metadata = etag + list summary
//   progress:{planId}                                    snapshot: current states + recent idempotent results
//   history:{planId}:t:{task}:{writtenAt}:{batchId}      the writes one push made to one task (its report
//                                                        and its targets' figures), never rewritten
//   token:{sha256 of the secret, hex}                    token record (role, unit); the secret is never stored
//   idem:{planId}:{tokenId}:{Idempotency-Key}            a keyed push's result, expires after 24 h
//   schedule:{planId}                                    the reporting schedule an admin set (issue 12); absent =
//                                                        the default schedule
//
// History is grouped per push and task: a push costs one write per task it touches (≤ entries), so a push
// of 2,000 entries over a 250-task plan stays far inside KV's 1,000 operations per invocation, and a task's
// (or a target's) history is one prefix list. ISO times sort as text, so keys list oldest first.

export const PLAN_PREFIX = 'plan:';

export const planKey = (planId: string) => `${PLAN_PREFIX}${planId}`;
export const planIdFromKey = (key: string) => key.slice(PLAN_PREFIX.length);
export const progressKey = (planId: string) => `progress:${planId}`;
export const tokenKey = (hashHex: string) => `token:${hashHex}`;
/** The Idempotency-Key is printable ASCII of at most 200 characters, so the key stays under KV's 512 bytes. */
export const idempotencyKvKey = (planId: string, tokenId: string, key: string) => `idem:${planId}:${tokenId}:${key}`;
export const scheduleKey = (planId: string) => `schedule:${planId}`;

/** Prefix of every history key of a plan. */
export const planHistoryPrefix = (planId: string) => `history:${planId}:`;

/** Prefix of a task's history; the trailing `:` keeps task 1 from matching task 10. */
export const taskHistoryPrefix = (planId: string, task: number) => `${planHistoryPrefix(planId)}t:${task}:`;

export const historyKey = (planId: string, task: number, writtenAt: string, batchId: string) =>
  `${taskHistoryPrefix(planId, task)}${writtenAt}:${batchId}`;
