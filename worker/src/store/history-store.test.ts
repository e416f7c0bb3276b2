// History records on real local KV: one key per push and task, listing, repair lookups.
import type { HistoryEntry } from '@plansync/shared';
import { env } from 'cloudflare:workers';
import { reset } from 'cloudflare:test';
import { beforeEach, describe, expect, it } from 'vitest';
import { countKvOps, emptyKvOpCounts } from './counting-kv';
import { HISTORY_PAGE, HistoryStore, type HistoryCursor } from './history-store';

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
    const page = (query: { task: number } | { targetId: string }) => store.page('p', { ...query, limit: 10 });
    expect((await page({ targetId: '1.1' })).entries.map((e) => e.batchId)).toEqual(['b1', 'b2']);
    expect((await page({ task: 1 })).entries).toHaveLength(4);
    expect(await page({ task: 2 })).toEqual({ entries: expect.any(Array), cursor: null });
    expect((await page({ task: 2 })).entries).toHaveLength(2);
  });

  it('pages across KV list pages with a cursor, in order, each call within its list bound; since skips older writes', async () => {
    const times = Array.from({ length: 11 }, (_, i) => `2014-06-${String(i + 1).padStart(2, '0')}T00:00:00.000Z`);
    for (const [i, at] of times.entries())
      await new HistoryStore(env.PLANSYNC_KV).append('p', figures(5, 1, at, `b${i}`));
    const counts = emptyKvOpCounts();
    const store = new HistoryStore(countKvOps(env.PLANSYNC_KV, counts), 4); // 4 keys per KV list
    const seen: string[] = [];
    let cursor: HistoryCursor | undefined;
    for (let call = 0; call < 11; call++) {
      const before = counts.lists;
      const page = await store.page('p', { task: 5, limit: 3, cursor });
      expect(counts.lists - before).toBeLessThanOrEqual(HISTORY_PAGE.maxLists);
      seen.push(...page.entries.map((e) => e.batchId));
      if (!page.cursor) break;
      cursor = page.cursor;
    }
    expect(seen).toEqual(times.map((_, i) => `b${i}`));
    const since = await store.page('p', { task: 5, limit: 50, since: times[8] });
    expect(since.entries.map((e) => e.batchId)).toEqual(['b8', 'b9', 'b10']);
  });

  it('finds the newest write of every subject even when a push outgrew its key metadata', async () => {
    const store = new HistoryStore(env.PLANSYNC_KV);
    // 40 figures with notes cannot be listed in 1,024 bytes of metadata, not even as stamps.
    await store.append('p', figures(3, 40, '2014-07-01T00:00:00.000Z', 'big', '备注'.repeat(20)));
    const { latest, ops } = await store.latest('p', 10);
    expect(ops).toBe(2); // one list, and one read of the key whose metadata could not hold its entries
    expect(latest.size).toBe(40);
    expect(latest.get('f:3.40')).toEqual(
      expect.objectContaining({ version: 1, writeId: 'big-39', entry: expect.objectContaining({ targetId: '3.40' }) }),
    );
  });
});
