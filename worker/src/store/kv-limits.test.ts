// The emulated production limits over the real local namespace: 429 on a fast second write, stale reads.
import { env } from 'cloudflare:workers';
import { reset } from 'cloudflare:test';
import { beforeEach, expect, it } from 'vitest';
import { parseKvLimits, withKvLimits } from './kv-limits';
import { KvRateLimitedError, retryRateLimited } from './retry';

beforeEach(() => reset());

it('refuses a second write to one key within the gap with a 429 the retry logic recognises', async () => {
  let now = 1_000;
  const kv = withKvLimits(env.PLANSYNC_KV, parseKvLimits('write-gap-ms=1000'), () => now);
  await kv.put('gap:a', '1');
  await kv.put('gap:b', '1'); // another key: its own budget
  await expect(retryRateLimited(() => kv.put('gap:a', '2'), [])).rejects.toBeInstanceOf(KvRateLimitedError);
  expect(await kv.get('gap:a')).toBe('1');
  now += 1_000;
  await kv.put('gap:a', '3');
  expect(await env.PLANSYNC_KV.get('gap:a')).toBe('3');
});

it('serves the value from before a write to reads within the stale window, then the new one', async () => {
  let now = 5_000;
  const kv = withKvLimits(env.PLANSYNC_KV, parseKvLimits('stale-ms=500'), () => now);
  await kv.put('stale:a', '{"v":1}');
  expect(await kv.get('stale:a', 'json')).toBeNull(); // "another location" has not seen the first write yet
  now += 600;
  await kv.put('stale:a', '{"v":2}');
  expect(await kv.get('stale:a', 'json')).toEqual({ v: 1 });
  expect(await kv.get('stale:a')).toBe('{"v":1}');
  now += 500;
  expect(await kv.get('stale:a', 'json')).toEqual({ v: 2 });
});

it('is off unless named, and refuses a spec it does not understand', () => {
  expect(parseKvLimits('off')).toBeNull();
  expect(parseKvLimits(undefined)).toBeNull();
  expect(withKvLimits(env.PLANSYNC_KV, null)).toBe(env.PLANSYNC_KV);
  expect(parseKvLimits('write-gap-ms=1000, stale-ms=20')).toEqual({ writeGapMs: 1000, staleMs: 20 });
  expect(() => parseKvLimits('write-gap=1000')).toThrow(/unknown part/);
});
