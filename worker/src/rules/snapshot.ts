// The per-plan snapshot value: current progress on line 1, recent idempotent results on line 2.
//
// GET progress serves line 1 as stored, without parsing it (JSON.stringify never emits a raw newline,
// so the first "\n" is the boundary). Keeping replays in the same value means a push reads one key and
// writes one key besides its history entries, and a replay costs no write at all.
import type { PlanProgress, PushResult } from '@plansync/shared';

/** An Idempotency-Key's stored outcome; keys are scoped to the token that sent them. */
export interface Replay {
  key: string;
  tokenId: string;
  /** SHA-256 of the batch, so a key reused for a different batch is refused instead of replayed. */
  fingerprint: string;
  result: PushResult;
}

export interface Snapshot {
  progress: PlanProgress;
  replays: Replay[];
}

/** Replays kept per plan: the newest ones, within both bounds (retries come seconds after, not days). */
export const REPLAY_LIMITS = { count: 32, chars: 256 * 1024 } as const;

export const emptySnapshot = (planId: string): Snapshot => ({
  progress: { planId, figures: [], reports: [] },
  replays: [],
});

export function encodeSnapshot(snapshot: Snapshot): string {
  return `${JSON.stringify(snapshot.progress)}\n${JSON.stringify(snapshot.replays)}`;
}

/** Line 1 alone: the exact body of GET progress. */
export function progressLine(stored: string): string {
  const end = stored.indexOf('\n');
  return end === -1 ? stored : stored.slice(0, end);
}

// The snapshot is written only by this worker from schema-checked values, so it is parsed without
// re-validation: a push on a 1,000-target plan would otherwise spend milliseconds re-checking it.
export function decodeSnapshot(stored: string): Snapshot {
  const end = stored.indexOf('\n');
  if (end === -1) return { progress: JSON.parse(stored) as PlanProgress, replays: [] };
  return {
    progress: JSON.parse(stored.slice(0, end)) as PlanProgress,
    replays: JSON.parse(stored.slice(end + 1)) as Replay[],
  };
}

export const findReplay = (replays: readonly Replay[], key: string, tokenId: string) =>
  replays.find((replay) => replay.key === key && replay.tokenId === tokenId);

/** Adds a replay, dropping the oldest ones beyond REPLAY_LIMITS. */
export function rememberReplay(replays: readonly Replay[], replay: Replay): Replay[] {
  const kept = [...replays, replay].slice(-REPLAY_LIMITS.count);
  let chars = kept.reduce((n, r) => n + JSON.stringify(r).length, 0);
  while (kept.length > 1 && chars > REPLAY_LIMITS.chars) chars -= JSON.stringify(kept.shift()).length;
  return kept;
}
