// Listing follows KV's cursor past the 1,000-key page, on the real local namespace.
import { env } from 'cloudflare:workers';
import { reset } from 'cloudflare:test';
import { beforeEach, expect, it } from 'vitest';
import { countKvOps, emptyKvOpCounts } from './counting-kv';
import { listKeys } from './list-keys';

beforeEach(() => reset());

it('returns every key under the prefix, with metadata, one list per 1,000 keys', async () => {
  const names = Array.from({ length: 1005 }, (_, i) => `p:${String(i).padStart(4, '0')}`);
  await Promise.all(names.map((name, i) => env.PLANSYNC_KV.put(name, '', { metadata: { i } })));
  await env.PLANSYNC_KV.put('q:outside', '');
  const counts = emptyKvOpCounts();
  const listed: KVNamespaceListKey<unknown>[] = [];
  for await (const key of listKeys(countKvOps(env.PLANSYNC_KV, counts), 'p:')) listed.push(key);
  expect(listed.map((key) => key.name)).toEqual(names);
  expect(listed.at(-1)?.metadata).toEqual({ i: 1004 });
  expect(counts.lists).toBe(2);
}, 60_000); // 1,005 local KV writes: slow on a loaded two-core machine
