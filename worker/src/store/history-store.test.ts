// History records on real local KV: one key per push and task, listing, repair lookups.
import type { HistoryEntry } from '@plansync/shared';
import { env } from 'cloudflare:workers';
import { reset } from 'cloudflare:test';
import { beforeEach, describe, expect, it } from 'vitest';
import { countKvOps, emptyKvOpCounts } from './counting-kv';
import { HistoryStore } from './history-store';

beforeEach(() => reset());

const writer = { role: 'admin' as const, unit: null, tokenId: 't' };
const figures = (
  task: number,
  count: number,
  writtenAt: string,
  batchId: string,
  note: string | null = null,
): HistoryEntry[] =>
  Array.from({ length: count }, (_, i) => ({
    kind: 'figure',
    targetId: `${task}.${i + 1}`,
    old: null,
    new: { value: i, note },
    version: 1,
    writer,
    writtenAt,
    writeId: `${batchId}-${i}`,
    batchId,
  }));

describe('HistoryStore', () => {
  it('writes one key per task of a push and lists a target or a task oldest first', async () => {
    const counts = emptyKvOpCounts();
    const store = new HistoryStore(countKvOps(env.PLANSYNC_KV, counts));
    await store.append('p', [
      ...figures(1, 3, '2014-07-01T00:00:00.000Z', 'b2'),
      ...figures(2, 2, '2014-07-01T00:00:00.000Z', 'b2'),
    ]);
    expect(counts.writes).toBe(2);
    await store.append('p', figures(1, 1, '2014-06-01T00:00:00.000Z', 'b1'));
    expect((await store.entries('p', { targetId: '1.1' })).map((e) => e.batchId)).toEqual(['b1', 'b2']);
    expect(await store.entries('p', { task: 1 })).toHaveLength(4);
    expect(await store.entries('p', { task: 2 })).toHaveLength(2);
  });

  it('finds the newest write of every subject even when a push outgrew its key metadata', async () => {
    const store = new HistoryStore(env.PLANSYNC_KV);
    // 40 figures with notes cannot be listed in 1,024 bytes of metadata, not even as stamps.
    await store.append('p', figures(3, 40, '2014-07-01T00:00:00.000Z', 'big', '备注'.repeat(20)));
    const latest = await store.latest('p', 10);
    expect(latest.size).toBe(40);
    expect(latest.get('f:3.40')).toEqual(
      expect.objectContaining({ version: 1, writeId: 'big-39', entry: expect.objectContaining({ targetId: '3.40' }) }),
    );
  });
});
