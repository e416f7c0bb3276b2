// The isolate's plan copies: no KV read while fresh, one parse per ETag however often KV is asked, latest() from KV.
import { syntheticPlan } from '@plansync/shared';
import { env } from 'cloudflare:workers';
import { reset } from 'cloudflare:test';
import { beforeEach, expect, it } from 'vitest';
import { countKvOps, emptyKvOpCounts } from './counting-kv';
import { PlanReader } from './plan-cache';
import { PlanStore } from './plan-store';

beforeEach(() => reset());

it('serves a fresh plan from memory without touching KV', async () => {
  const plan = syntheticPlan(8, 'cache-fresh');
  await new PlanStore(env.PLANSYNC_KV).put(plan);
  const counts = emptyKvOpCounts();
  const reader = new PlanReader(new PlanStore(countKvOps(env.PLANSYNC_KV, counts)), 60_000);
  const first = await reader.stored(plan.id);
  expect(counts.reads).toBe(1);
  expect(await reader.stored(plan.id)).toBe(first);
  expect(await reader.parsed(plan.id)).toEqual(plan);
  expect(counts.reads).toBe(1);
});

it('revalidates a stale copy by ETag: same ETag keeps the parsed plan, a new one from elsewhere replaces it', async () => {
  const plan = syntheticPlan(8, 'cache-etag');
  const elsewhere = new PlanStore(env.PLANSYNC_KV); // another isolate writing the same namespace
  await elsewhere.put(plan);
  const reader = new PlanReader(new PlanStore(env.PLANSYNC_KV), 0);
  const parsed = await reader.parsed(plan.id);
  expect(await reader.parsed(plan.id)).toBe(parsed);
  await elsewhere.put({ ...plan, title: '修订版' });
  expect((await reader.parsed(plan.id))?.title).toBe('修订版');
});

it('latest() asks KV even while the copy is fresh, and keeps the parse when the ETag is unchanged', async () => {
  const plan = syntheticPlan(8, 'cache-latest');
  const elsewhere = new PlanStore(env.PLANSYNC_KV);
  await elsewhere.put(plan);
  const counts = emptyKvOpCounts();
  const reader = new PlanReader(new PlanStore(countKvOps(env.PLANSYNC_KV, counts)), 60_000);
  const parsed = await reader.parsed(plan.id);
  expect(await reader.latest(plan.id)).toBe(parsed);
  expect(counts.reads).toBe(2);
  await elsewhere.put({ ...plan, title: '修订版' });
  expect((await reader.parsed(plan.id))?.title).toBe(plan.title);
  expect((await reader.latest(plan.id))?.title).toBe('修订版');
  expect(await reader.latest('no-such-plan')).toBeNull();
});
