// Snapshot codec (line 1 = GET progress body) and bounded idempotent replays.
import type { PushResult } from '@plansync/shared';
import { describe, expect, it } from 'vitest';
import {
  REPLAY_LIMITS,
  decodeSnapshot,
  emptySnapshot,
  encodeSnapshot,
  findReplay,
  progressLine,
  rememberReplay,
  type Replay,
} from './snapshot';

const result: PushResult = { batchId: 'b', applied: [], conflicts: [], replayed: false };
const replay = (key: string, extra = ''): Replay => ({ key, tokenId: 't', fingerprint: extra, result });

describe('snapshot encoding', () => {
  it('round-trips and serves line 1 as the exact GET progress body, newlines in texts included', () => {
    const snapshot = emptySnapshot('p');
    snapshot.progress.reports.push({
      task: 1,
      status: 'done',
      progress: '第一行\n第二行',
      problems: '',
      nextSteps: '',
      version: 1,
      writer: { role: 'admin', unit: null, tokenId: 't' },
      writtenAt: '2014-06-30T00:00:00.000Z',
      writeId: 'w',
      batchId: 'b',
    });
    snapshot.replays.push(replay('k'));
    const stored = encodeSnapshot(snapshot);
    expect(decodeSnapshot(stored)).toEqual(snapshot);
    expect(JSON.parse(progressLine(stored))).toEqual(snapshot.progress);
  });
});

describe('replays', () => {
  it('are found by key and token together', () => {
    const replays = [replay('a'), { ...replay('b'), tokenId: 'other' }];
    expect(findReplay(replays, 'a', 't')).toBe(replays[0]);
    expect(findReplay(replays, 'b', 't')).toBeUndefined();
  });

  it('keep only the newest within the count and size bounds', () => {
    let replays: Replay[] = [];
    for (let i = 0; i < REPLAY_LIMITS.count + 5; i++) replays = rememberReplay(replays, replay(`k${i}`));
    expect(replays).toHaveLength(REPLAY_LIMITS.count);
    expect(replays.at(-1)!.key).toBe(`k${REPLAY_LIMITS.count + 4}`);
    const big = 'x'.repeat(REPLAY_LIMITS.chars / 3);
    for (let i = 0; i < 4; i++) replays = rememberReplay(replays, replay(`big${i}`, big));
    expect(JSON.stringify(replays).length).toBeLessThanOrEqual(REPLAY_LIMITS.chars + 1000);
    expect(replays.at(-1)!.key).toBe('big3');
  });
});
