// Plans: list, read with ETag/304, import as JSON (201/200), validation, and re-import keeping ids and progress.
import type { ApiError, Plan, PlanProgress, PlanSummary } from '@plansync/shared';
import { describe, expect, it } from 'vitest';
import { PLAN_ID, call, expectJson, freshEachTest, importPlan, push, testPlan } from './helpers';

const tokens = freshEachTest(null);

const putPlan = (plan: unknown, token = tokens.admin, query = '') =>
  call(`/api/plans/${PLAN_ID}${query}`, { method: 'PUT', token, json: plan });

describe('plans', () => {
  it('imports a Plan JSON with 201, then lists and serves it', async () => {
    const created = await expectJson<{ plan: PlanSummary }>(await putPlan(testPlan()), 201);
    expect(created.plan).toEqual(expect.objectContaining({ id: PLAN_ID, tasks: 2, targets: 8, year: 2014 }));
    const list = await expectJson<{ plans: PlanSummary[] }>(await call('/api/plans', { token: tokens.viewer }), 200);
    expect(list.plans).toEqual([created.plan]);
    const plan = await expectJson<Plan>(await call(`/api/plans/${PLAN_ID}`, { token: tokens.viewer }), 200);
    expect(plan).toEqual(testPlan());
  });

  it('answers 200 (not 201) when the plan already existed', async () => {
    await importPlan(tokens.admin);
    await expectJson(await putPlan(testPlan()), 200);
  });

  it('serves an ETag and answers 304 to If-None-Match, and a new ETag after a change', async () => {
    await importPlan(tokens.admin);
    const first = await call(`/api/plans/${PLAN_ID}`, { token: tokens.viewer });
    const etag = first.headers.get('ETag');
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    const again = await call(`/api/plans/${PLAN_ID}`, { token: tokens.viewer, headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');

    const changed = { ...testPlan(), title: '合成测试计划（修订）' };
    await expectJson(await putPlan(changed), 200);
    const after = await call(`/api/plans/${PLAN_ID}`, { token: tokens.viewer, headers: { 'If-None-Match': etag! } });
    expect(after.status).toBe(200);
    expect(after.headers.get('ETag')).not.toBe(etag);
    expect((await after.json<Plan>()).title).toBe('合成测试计划（修订）');
  });

  it('answers 404 JSON for a plan that does not exist', async () => {
    const body = await expectJson<ApiError>(await call('/api/plans/nope', { token: tokens.viewer }), 404);
    expect(body.error).toEqual({ code: 'not_found', message: expect.stringContaining('nope'), details: null });
  });

  it('rejects an invalid Plan JSON with invalid_plan and the bad fields, storing nothing', async () => {
    const broken = { ...testPlan(), year: '二〇一四', tasks: [] };
    const body = await expectJson<ApiError>(await putPlan(broken), 400);
    expect(body.error.code).toBe('invalid_plan');
    expect((body.error.details as { path: string }[]).map((d) => d.path)).toEqual(['year', 'tasks']);
    await expectJson(await call(`/api/plans/${PLAN_ID}`, { token: tokens.viewer }), 404);
  });

  it('rejects a body whose plan id differs from the URL', async () => {
    const body = await expectJson<ApiError>(await putPlan({ ...testPlan(), id: 'other-plan' }), 400);
    expect(body.error.code).toBe('invalid_plan');
  });

  it('answers 400 invalid_request for a path id that is not a plan id', async () => {
    const body = await expectJson<ApiError>(await call('/api/plans/Bad_Id!', { token: tokens.viewer }), 400);
    expect(body.error.code).toBe('invalid_request');
  });

  it('answers 415 JSON for a body that is neither JSON nor text', async () => {
    const response = await call(`/api/plans/${PLAN_ID}`, {
      method: 'PUT',
      token: tokens.admin,
      headers: { 'Content-Type': 'application/xml' },
    });
    const body = await expectJson<ApiError>(response, 415);
    expect(body.error.code).toBe('invalid_request');
  });

  it('re-import keeps target ids and progress of matching targets, and gives new targets fresh ids', async () => {
    await importPlan(tokens.admin);
    await expectJson(
      await push(tokens.admin, {
        figures: [
          { targetId: '1.1', value: 3, baseVersion: 0 },
          { targetId: '1.2', value: 4, baseVersion: 0 },
        ],
      }),
      200,
    );
    // The new plan drops target 1.1, inserts a target before 1.2 and reorders, numbered by position as a parser
    // numbers them: ids=match says so (Plan JSON ids are otherwise kept as given).
    const original = testPlan();
    const task1 = original.tasks[0]!;
    const inserted = { ...task1.targets[0]!, metric: '新增指标', quote: '新增10个指标', min: 10, max: 10 };
    const [, t2, t3, t4] = task1.targets;
    const renumbered = [inserted, t2!, t3!, t4!].map((t, i) => ({ ...t, id: `1.${i + 1}` }));
    const next: Plan = { ...original, tasks: [{ ...task1, targets: renumbered }, original.tasks[1]!] };
    await expectJson(await putPlan(next, tokens.admin, '?ids=match'), 200);

    const stored = await expectJson<Plan>(await call(`/api/plans/${PLAN_ID}`, { token: tokens.viewer }), 200);
    const ids = Object.fromEntries(stored.tasks[0]!.targets.map((t) => [t.metric, t.id]));
    expect(ids).toEqual({ 新增指标: '1.5', [t2!.metric]: '1.2', [t3!.metric]: '1.3', [t4!.metric]: '1.4' });
    const progress = await expectJson<PlanProgress>(
      await call(`/api/plans/${PLAN_ID}/progress`, { token: tokens.viewer }),
      200,
    );
    expect(progress.figures.map((f) => [f.targetId, f.value])).toEqual([
      ['1.1', 3],
      ['1.2', 4],
    ]);
  });
});
