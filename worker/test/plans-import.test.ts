// Importing with a dry run (issue 13): parse and reconcile exactly as an import, answer plan, warnings and diff,
// store nothing; explicit ids honoured; a removed target restored with its id and figures; progress never lost.
import type { DryRunResult, Plan, PlanProgress } from '@plansync/shared';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { PLAN_ID, call, expectJson, freshEachTest, importPlan, push, testPlan } from './helpers';

const tokens = freshEachTest(null);

const put = (body: { json: unknown } | { text: string }, query = '', token = tokens.admin) =>
  call(`/api/plans/${PLAN_ID}${query}`, { method: 'PUT', token, ...body });
const dryRun = async (body: { json: unknown } | { text: string }, query = '') =>
  expectJson<DryRunResult>(await put(body, `?dryRun=true${query}`), 200);
const stored = async () => expectJson<Plan>(await call(`/api/plans/${PLAN_ID}`, { token: tokens.viewer }), 200);
const figures = async () =>
  (await expectJson<PlanProgress>(await call(`/api/plans/${PLAN_ID}/progress`, { token: tokens.viewer }), 200)).figures;

/** Every key of the real local KV with its value and metadata: what "stores nothing" is checked against. */
async function kvContents(): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const { keys } = await env.PLANSYNC_KV.list();
  for (const { name } of keys) out[name] = await env.PLANSYNC_KV.getWithMetadata(name, 'text');
  return out;
}

/** Task 1 of the test plan without its target 1.2, the rest as it is. */
const without12 = (plan: Plan): Plan => ({
  ...plan,
  tasks: [{ ...plan.tasks[0]!, targets: plan.tasks[0]!.targets.filter((t) => t.id !== '1.2') }, plan.tasks[1]!],
});

describe('PUT /api/plans/:id?dryRun=true', () => {
  it('answers a first import as all new, with the parser warnings, and stores nothing', async () => {
    const before = await kvContents();
    const text = '2015年工作要点\n一、重点工作\n1.新建社区服务站20个。\n2.推进公寓建设。(市住建局、市财政局)';
    const result = await dryRun({ text });
    expect(result.plan.tasks.map((t) => t.leadUnit)).toEqual(['', '市住建局']);
    expect(result.warnings.map((w) => [w.task, w.kind])).toContainEqual([1, 'no_units']);
    expect(result.diff.isNew).toBe(true);
    expect(result.diff.tasks.added.map((t) => t.number)).toEqual([1, 2]);
    expect(await kvContents()).toEqual(before);
    await expectJson(await call(`/api/plans/${PLAN_ID}`, { token: tokens.viewer }), 404);
  });

  it('answers a re-import with what would change and the figures left without a target, storing nothing', async () => {
    await importPlan(tokens.admin);
    await expectJson(
      await push(tokens.editor, {
        figures: [
          { targetId: '1.1', value: 3, baseVersion: 0 },
          { targetId: '1.2', value: 4, baseVersion: 0 },
        ],
        reports: [{ task: 1, status: 'in_progress', progress: '推进中', baseVersion: 0 }],
      }),
      200,
    );
    const next = without12(testPlan());
    next.tasks[0] = { ...next.tasks[0]!, title: '改写后的任务' };
    next.tasks[0].targets[0] = { ...next.tasks[0].targets[0]!, metric: '改名后的指标' };
    const before = await kvContents();
    const { plan, diff } = await dryRun({ json: next });
    expect(plan.tasks[0]!.targets.map((t) => t.id)).toEqual(['1.1', '1.3', '1.4']);
    expect(diff.isNew).toBe(false);
    expect(diff.tasks.renamed.map((t) => [t.number, t.to])).toEqual([[1, '改写后的任务']]);
    expect(diff.targets.removed.map((t) => t.id)).toEqual(['1.2']);
    expect(diff.targets.renamed.map((t) => [t.id, t.to])).toEqual([['1.1', '改名后的指标']]);
    expect(diff.orphanedFigures).toEqual(['1.2']);
    expect(diff.orphanedReports).toEqual([]);
    expect(await kvContents()).toEqual(before);
    expect(await stored()).toEqual(testPlan());
  });

  it('refuses what a real import refuses, with the same error, and is admin only', async () => {
    const bad = await expectJson<{ error: { code: string } }>(await put({ text: '没有任务' }, '?dryRun=true'), 400);
    expect(bad.error.code).toBe('invalid_plan');
    await expectJson(await put({ json: testPlan() }, '?dryRun=true', tokens.editor), 403);
  });
});

describe('ids and progress across imports', () => {
  it('honours the target ids Plan JSON gives', async () => {
    await importPlan(tokens.admin);
    const plan = testPlan();
    // Swapped ids on purpose: the sender says which target is which.
    const [a, b] = plan.tasks[0]!.targets;
    plan.tasks[0]!.targets.splice(0, 2, { ...a!, id: '1.2' }, { ...b!, id: '1.1' });
    await expectJson(await put({ json: plan }), 200);
    expect((await stored()).tasks[0]!.targets.map((t) => [t.id, t.metric])).toEqual(
      plan.tasks[0]!.targets.map((t) => [t.id, t.metric]),
    );
  });

  it('matches positional ids with ids=match, as for a text', async () => {
    await importPlan(tokens.admin);
    const plan = without12(testPlan());
    plan.tasks[0]!.targets = plan.tasks[0]!.targets.map((t, i) => ({ ...t, id: `1.${i + 1}` }));
    const { plan: matched } = await dryRun({ json: plan }, '&ids=match');
    expect(matched.tasks[0]!.targets.map((t) => t.id)).toEqual(['1.1', '1.3', '1.4']);
  });

  it('gives a target removed by one import and restored by the next its old id and its figures', async () => {
    await importPlan(tokens.admin);
    await expectJson(await push(tokens.editor, { figures: [{ targetId: '1.2', value: 7, baseVersion: 0 }] }), 200);
    await expectJson(await put({ json: without12(testPlan()) }), 200);
    expect((await stored()).retiredTargets?.map((t) => t.id)).toEqual(['1.2']);
    // The figure stays stored under 1.2 while the plan lacks it.
    expect((await figures()).map((f) => [f.targetId, f.value])).toEqual([['1.2', 7]]);

    // A text-like (positional) re-import that has the target again: it matches the retired one.
    const back = testPlan();
    back.tasks[0]!.targets.push({ ...back.tasks[0]!.targets[0]!, id: '1.5', metric: '新指标', quote: '新增9项' });
    const { diff } = await dryRun({ json: back }, '&ids=match');
    expect(diff.targets.restored.map((t) => t.id)).toEqual(['1.2']);
    expect(diff.targets.added.map((t) => t.id)).toEqual(['1.5']);
    expect(diff.orphanedFigures).toEqual([]);
    await expectJson(await put({ json: back }, '?ids=match'), 200);
    const plan = await stored();
    expect(plan.tasks[0]!.targets.map((t) => t.id)).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5']);
    expect(plan.retiredTargets).toBeUndefined();
    expect((await figures()).map((f) => [f.targetId, f.value])).toEqual([['1.2', 7]]);
  });
});
