// The counting KV wrapper on the real local namespace, and ASCII-safe metadata.
import { env } from 'cloudflare:workers';
import { reset } from 'cloudflare:test';
import { beforeEach, expect, it } from 'vitest';
import { fromAsciiMetadata, toAsciiMetadata } from './ascii-metadata';
import { countKvOps, emptyKvOpCounts, formatKvOps, parseKvOps } from './counting-kv';

beforeEach(() => reset());

it('counts each kind of KV operation on the real namespace while forwarding results', async () => {
  const counts = emptyKvOpCounts();
  const kv = countKvOps(env.PLANSYNC_KV, counts);
  await kv.put('a', '1', { metadata: toAsciiMetadata({ title: '人才工作要点' }) });
  expect(await kv.get('a')).toBe('1');
  const { metadata } = await kv.getWithMetadata('a');
  expect(fromAsciiMetadata(metadata)).toEqual({ title: '人才工作要点' });
  expect((await kv.list({ prefix: 'a' })).keys).toHaveLength(1);
  await kv.delete('a');
  expect(counts).toEqual({ reads: 2, writes: 1, lists: 1, deletes: 1 });
  expect(formatKvOps(counts)).toBe('reads=2, writes=1, lists=1, deletes=1');
  expect(parseKvOps(formatKvOps(counts))).toEqual(counts);
  expect(parseKvOps(null)).toEqual(emptyKvOpCounts());
});
