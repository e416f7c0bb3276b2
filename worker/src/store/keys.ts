// The KV key layout, in one place (docs/kv-design.md explains it).
//
//   plan:{planId}                                        Plan JSON; metadata = PlanMeta (etag + list summary)
//   progress:{planId}                                    snapshot: current states + recent idempotent results
//   history:{planId}:t:{task}:r:{version}:{writeId}      one accepted report write
//   history:{planId}:t:{task}:f:{targetId}:{version}:{writeId}   one accepted figure write
//   token:{sha256 of the secret, hex}                    token record (role, unit); the secret is never stored
//
// Figures sit under their task so that `?task=4` is one prefix list; the trailing `:` after an id keeps
// target 4.1 from matching 4.10. Versions are zero-padded so keys list in version order.

export const PLAN_PREFIX = 'plan:';
const VERSION_DIGITS = 6;

export type Subject = { kind: 'figure'; targetId: string } | { kind: 'report'; task: number };

export const planKey = (planId: string) => `${PLAN_PREFIX}${planId}`;
export const planIdFromKey = (key: string) => key.slice(PLAN_PREFIX.length);
export const progressKey = (planId: string) => `progress:${planId}`;
export const tokenKey = (hashHex: string) => `token:${hashHex}`;

/** Prefix of every history key of a plan. */
export const planHistoryPrefix = (planId: string) => `history:${planId}:`;

/** Prefix of a task's history: its reports and the figures of its targets. */
export const taskHistoryPrefix = (planId: string, task: number) => `${planHistoryPrefix(planId)}t:${task}:`;

/** Prefix of one subject's history. */
export function subjectHistoryPrefix(planId: string, subject: Subject): string {
  if (subject.kind === 'report') return `${taskHistoryPrefix(planId, subject.task)}r:`;
  return `${taskHistoryPrefix(planId, taskOfTarget(subject.targetId))}f:${subject.targetId}:`;
}

export function historyKey(planId: string, subject: Subject, version: number, writeId: string): string {
  return `${subjectHistoryPrefix(planId, subject)}${String(version).padStart(VERSION_DIGITS, '0')}:${writeId}`;
}

/** Reads subject, version and write id back from a history key (the inverse of `historyKey`). */
export function parseHistoryKey(key: string): { subject: Subject; version: number; writeId: string } | null {
  const match = /^history:[^:]+:t:(\d+):(?:r|f:([\d.]+)):(\d+):(.+)$/.exec(key);
  if (!match) return null;
  const [, task, targetId, version, writeId] = match as unknown as [string, string, string | undefined, string, string];
  const subject: Subject = targetId ? { kind: 'figure', targetId } : { kind: 'report', task: Number(task) };
  return { subject, version: Number(version), writeId };
}

export const taskOfTarget = (targetId: string) => Number(targetId.slice(0, targetId.indexOf('.')));

/** Stable map key for a subject: `f:4.1` or `r:4`. */
export const subjectId = (subject: Subject) =>
  subject.kind === 'figure' ? `f:${subject.targetId}` : `r:${subject.task}`;
