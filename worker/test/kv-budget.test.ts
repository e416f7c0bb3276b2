// Workers KV allows 1,000 operations per invocation (brief, KV facts). The plan writer's worst case, a first load
// that must restore hundreds of history keys plus a 500-task push, would pass it in one go; the writer splits it
// into steps that each stay within the limit (writer/group-budget.ts) and carries the rest of a restore over.
import { PROGRESS_LIMITS, syntheticPlan, type HistoryEntry, type ProgressBatch } from '@plansync/shared';
import { env } from 'cloudflare:workers';
import { expect, it } from 'vitest';
import { HistoryStore } from '../src/store/history-store';
import { totalKvOps } from '../src/store/counting-kv';
import { KV_OPS_PER_STEP, LARGEST_GROUP_KV_OPS, LOAD_KV_OPS } from '../src/writer/group-budget';
import type { Committed } from '../src/writer/plan-writer';
import { call, expectJson, importPlan, issueTokens, kvOps } from './helpers';

const TASKS = PROGRESS_LIMITS.batchTasks; // 500 tasks × 4 targets
const admin = { role: 'admin' as const, unit: null, tokenId: 'tok_budget' };

/** A push to the writer as the route sends it (the route's checks are not what this test is about). */
const submit = (planId: string, batch: ProgressBatch, idempotencyKey?: string): Promise<Committed> =>
  env.PLAN_WRITER.getByName(planId).submit({
    kind: 'push',
    planId,
    batch,
    writer: admin,
    lang: 'zh',
    fingerprint: idempotencyKey ?? '',
    idempotencyKey,
  });

/** Target 1 of every task, never written: a push touching all 500 tasks. */
const firstTargets = (): ProgressBatch => ({
  figures: Array.from({ length: TASKS }, (_, i) => ({ targetId: `${i + 1}.1`, value: 7, baseVersion: 0 })),
});

const stamp = (task: number, writtenAt: string, writeId: string) => ({
  version: 1,
  writer: admin,
  writtenAt,
  writeId,
  batchId: `b-${task}-${writtenAt.slice(0, 10)}`,
});

/**
 * History the KV snapshot lacks (a writer that crashed after its history writes, then lost its storage), made
 * as costly to restore as it gets: per task, one push whose key metadata holds neither entries nor stamps
 * (long write ids: one read to learn what it wrote) and a later report whose entry outgrew the metadata (one
 * read to restore it).
 */
async function costlyHistory(planId: string, tasks: number): Promise<number> {
  const history = new HistoryStore(env.PLANSYNC_KV);
  for (let task = 1; task <= tasks; task += 50) {
    const batch = Array.from({ length: Math.min(50, tasks - task + 1) }, (_, i) => task + i);
    await Promise.all(
      batch.map((t) => {
        const figures: HistoryEntry[] = [2, 3, 4].map((k) => ({
          kind: 'figure',
          targetId: `${t}.${k}`,
          old: null,
          new: { value: k, note: null },
          ...stamp(t, '2014-07-01T00:00:00.000Z', `${'w'.repeat(300)}-${t}.${k}`),
        }));
        const report: HistoryEntry = {
          kind: 'report',
          task: t,
          old: null,
          new: { status: 'in_progress', progress: '按序时推进。'.repeat(200), problems: '', nextSteps: '' },
          ...stamp(t, '2014-07-02T00:00:00.000Z', `r-${t}`),
        };
        return Promise.all([history.append(planId, figures), history.append(planId, [report])]);
      }),
    );
  }
  return tasks * 4; // subjects behind
}

it('splits a first load of costly history and a 500-task push into steps within 1,000 KV operations', async () => {
  const plan = syntheticPlan(TASKS * 4, 'budget-worst');
  const tokens = await issueTokens();
  await importPlan(tokens.admin, plan);
  const behind = await costlyHistory(plan.id, 450);

  const committed = await submit(plan.id, firstTargets(), 'month-7');
  expect('result' in committed && committed.result.applied).toHaveLength(TASKS);
  // Two steps: the load (its restore capped), then the push's group; each within the limit.
  expect(committed.stepKvOps).toHaveLength(2);
  expect(committed.stepKvOps[0]).toBeLessThanOrEqual(LOAD_KV_OPS);
  for (const ops of committed.stepKvOps) expect(ops).toBeLessThanOrEqual(KV_OPS_PER_STEP);
  expect(committed.stepKvOps[1]).toBeGreaterThanOrEqual(TASKS + 1); // one history write per task, the snapshot

  // What the load had no room for is carried over: repairs continue, each within its budget, until none is left.
  let restored = 0;
  for (let round = 0; round < 10; round++) {
    const response = await call(`/api/plans/${plan.id}/repair`, { method: 'POST', token: tokens.admin });
    expect(totalKvOps(kvOps(response))).toBeLessThanOrEqual(KV_OPS_PER_STEP); // the token read and one repair group
    const repaired = await expectJson<{ restored: string[] }>(response, 200);
    if (repaired.restored.length === 0) break;
    restored += repaired.restored.length;
  }
  const progress = await expectJson<{ figures: unknown[]; reports: unknown[] }>(
    await call(`/api/plans/${plan.id}/progress`, { token: tokens.viewer }),
    200,
  );
  expect(progress.figures.length + progress.reports.length).toBe(behind + TASKS);
  expect(restored).toBeGreaterThan(0);
});

it('fits the largest push the API accepts, with a restore and the snapshot write, in one group', () => {
  expect(LARGEST_GROUP_KV_OPS).toBeLessThanOrEqual(KV_OPS_PER_STEP);
  expect(LOAD_KV_OPS).toBeLessThanOrEqual(KV_OPS_PER_STEP);
});

it('puts two 500-task pushes that arrive together in two groups, each within 1,000 KV operations', async () => {
  const plan = syntheticPlan(TASKS * 4, 'budget-two');
  const second: ProgressBatch = {
    figures: Array.from({ length: TASKS }, (_, i) => ({ targetId: `${i + 1}.2`, value: 8, baseVersion: 0 })),
  };
  const [a, b] = await Promise.all([submit(plan.id, firstTargets(), 'a'), submit(plan.id, second, 'b')]);
  for (const committed of [a, b]) {
    expect('result' in committed && committed.result.applied).toHaveLength(TASKS);
    // Each is the first job of its own group, so each carries its group's steps.
    expect(committed.stepKvOps.length).toBeGreaterThan(0);
    for (const ops of committed.stepKvOps) expect(ops).toBeLessThanOrEqual(KV_OPS_PER_STEP);
  }
});
