// Pushing progress: versions, conflicts, atomic rejection, idempotency and concurrency, on real local KV.
import { syntheticPlan, type ApiError, type History, type PushResult } from '@plansync/shared';
import { describe, expect, it } from 'vitest';
import {
  LEAD_OF_TASK_2,
  PLAN_ID,
  call,
  expectJson,
  freshEachTest,
  importPlan,
  kvOps,
  push,
  readProgress,
} from './helpers';

const tokens = freshEachTest();

const progress = () => readProgress(tokens.viewer);
const history = async (query: string) =>
  expectJson<History>(await call(`/api/plans/${PLAN_ID}/history?${query}`, { token: tokens.viewer }), 200);

describe('POST progress', () => {
  it('applies figures and reports with version 1, the writer and one batch id, and GET progress shows them', async () => {
    const result = await expectJson<PushResult>(
      await push(tokens.editor, {
        figures: [{ targetId: '1.1', value: 12, baseVersion: 0, note: '上半年' }],
        reports: [{ task: 1, status: 'in_progress', progress: '已完成遴选', baseVersion: 0 }],
      }),
      200,
    );
    expect(result.replayed).toBe(false);
    expect(result.conflicts).toEqual([]);
    expect(result.applied.map((a) => [a.kind, a.version, a.batchId])).toEqual([
      ['figure', 1, result.batchId],
      ['report', 1, result.batchId],
    ]);
    const current = await progress();
    expect(current.figures).toEqual([
      expect.objectContaining({ targetId: '1.1', value: 12, note: '上半年', version: 1 }),
    ]);
    expect(current.figures[0]!.writer).toEqual({
      role: 'editor',
      unit: '市人社局',
      tokenId: expect.stringMatching(/^tok_/),
    });
    expect(current.reports).toEqual([
      expect.objectContaining({ task: 1, status: 'in_progress', progress: '已完成遴选', problems: '', nextSteps: '' }),
    ]);
  });

  it('gives a stale baseVersion a conflict carrying the server record, and applies the other entries', async () => {
    await expectJson(await push(tokens.editor, { figures: [{ targetId: '1.1', value: 5, baseVersion: 0 }] }), 200);
    const result = await expectJson<PushResult>(
      await push(tokens.admin, {
        figures: [
          { targetId: '1.1', value: 7, baseVersion: 0 },
          { targetId: '1.2', value: 3, baseVersion: 0 },
        ],
      }),
      200,
    );
    expect(result.conflicts).toEqual([
      {
        kind: 'figure',
        targetId: '1.1',
        baseVersion: 0,
        server: expect.objectContaining({
          value: 5,
          version: 1,
          writer: expect.objectContaining({ unit: '市人社局' }),
          writtenAt: expect.any(String),
        }),
      },
    ]);
    expect(result.applied).toEqual([expect.objectContaining({ kind: 'figure', targetId: '1.2', version: 1 })]);
    expect((await progress()).figures.map((f) => [f.targetId, f.value])).toEqual([
      ['1.1', 5],
      ['1.2', 3],
    ]);
  });

  it('rejects the whole batch when one entry is invalid, listing each bad entry, and writes nothing', async () => {
    const response = await push(tokens.admin, {
      figures: [
        { targetId: '1.1', value: 4, baseVersion: 0 },
        { targetId: '1.2', value: -1, baseVersion: 0 },
        { targetId: '1.3', value: Number.MAX_VALUE, baseVersion: 0 },
      ],
      reports: [{ task: 1, status: 'finished', progress: 'x', baseVersion: 0 }],
    });
    const body = await expectJson<ApiError>(response, 400);
    expect(body.error.code).toBe('invalid_request');
    expect(body.error.details).toEqual([
      expect.objectContaining({ path: 'figures.1.value', targetId: '1.2' }),
      expect.objectContaining({ path: 'figures.2.value', targetId: '1.3' }),
      expect.objectContaining({ path: 'reports.0.status', task: 1 }),
    ]);
    expect(await progress()).toEqual({ planId: PLAN_ID, figures: [], reports: [] });
    expect((await history('task=1')).entries).toEqual([]);
  });

  it('rejects unknown ids and an entry given twice, writing nothing', async () => {
    const body = await expectJson<ApiError>(
      await push(tokens.admin, {
        figures: [
          { targetId: '1.1', value: 1, baseVersion: 0 },
          { targetId: '9.1', value: 1, baseVersion: 0 },
          { targetId: '1.1', value: 2, baseVersion: 0 },
        ],
        reports: [{ task: 42, status: 'done', progress: '', baseVersion: 0 }],
      }),
      400,
    );
    expect(body.error.details).toEqual([
      expect.objectContaining({ path: 'figures.1.targetId', targetId: '9.1' }),
      expect.objectContaining({ path: 'figures.2.targetId', targetId: '1.1' }),
      expect.objectContaining({ path: 'reports.0.task', task: 42 }),
    ]);
    expect((await progress()).figures).toEqual([]);
  });

  it("answers 403 naming the lead unit for another unit's task, and writes none of the batch", async () => {
    const body = await expectJson<ApiError>(
      await push(tokens.editor, {
        figures: [
          { targetId: '1.1', value: 1, baseVersion: 0 },
          { targetId: '2.1', value: 1, baseVersion: 0 },
        ],
      }),
      403,
    );
    expect(body.error.code).toBe('forbidden');
    expect(body.error.details).toEqual([
      {
        path: 'figures.1',
        targetId: '2.1',
        task: 2,
        leadUnit: LEAD_OF_TASK_2,
        message: expect.stringContaining(LEAD_OF_TASK_2),
      },
    ]);
    expect((await progress()).figures).toEqual([]);
    expect((await history('target=1.1')).entries).toEqual([]);
  });

  it('rejects a baseVersion ahead of a never-written subject as invalid, writing nothing', async () => {
    const body = await expectJson<ApiError>(
      await push(tokens.admin, {
        figures: [
          { targetId: '1.1', value: 1, baseVersion: 0 },
          { targetId: '1.2', value: 1, baseVersion: 3 },
        ],
      }),
      400,
    );
    expect(body.error.details).toEqual([expect.objectContaining({ path: 'figures.1.baseVersion', targetId: '1.2' })]);
    expect((await progress()).figures).toEqual([]);
  });

  it('applies a retried batch with the same Idempotency-Key once and replays the same result', async () => {
    const batch = { figures: [{ targetId: '1.1', value: 9, baseVersion: 0 }] };
    const headers = { 'Idempotency-Key': 'sync-2014-06-30-001' };
    const first = await expectJson<PushResult>(await push(tokens.editor, batch, headers), 200);
    const again = await push(tokens.editor, batch, headers);
    const second = await expectJson<PushResult>(again, 200);
    expect(second).toEqual({ ...first, replayed: true });
    expect(kvOps(again).writes).toBe(0);
    expect((await history('target=1.1')).entries).toHaveLength(1);
    expect((await progress()).figures[0]!.version).toBe(1);
  });

  it('refuses an Idempotency-Key reused for a different batch', async () => {
    const headers = { 'Idempotency-Key': 'k1' };
    await expectJson(
      await push(tokens.editor, { figures: [{ targetId: '1.1', value: 9, baseVersion: 0 }] }, headers),
      200,
    );
    const body = await expectJson<ApiError>(
      await push(tokens.editor, { figures: [{ targetId: '1.1', value: 10, baseVersion: 1 }] }, headers),
      422,
    );
    expect(body.error.code).toBe('invalid_request');
    expect((await progress()).figures[0]!.value).toBe(9);
  });

  it('replays a keyed result after 40 other keyed pushes to the plan, by other units too (issue 10: per key, not per plan)', async () => {
    const batch = { figures: [{ targetId: '1.1', value: 9, baseVersion: 0 }] };
    const first = await expectJson<PushResult>(await push(tokens.editor, batch, { 'Idempotency-Key': 'mine' }), 200);
    for (let i = 0; i < 40; i++) {
      const other = { reports: [{ task: 2, status: 'in_progress', progress: `第${i}次`, baseVersion: i }] };
      await expectJson(await push(tokens.otherEditor, other, { 'Idempotency-Key': `other-${i}` }), 200);
    }
    const again = await expectJson<PushResult>(await push(tokens.editor, batch, { 'Idempotency-Key': 'mine' }), 200);
    expect(again).toEqual({ ...first, replayed: true });
    expect((await progress()).figures[0]).toEqual(expect.objectContaining({ value: 9, version: 1 }));
  }, 60_000);

  it('refuses an Idempotency-Key that is not printable ASCII', async () => {
    const batch = { figures: [{ targetId: '1.1', value: 9, baseVersion: 0 }] };
    const body = await expectJson<ApiError>(await push(tokens.editor, batch, { 'Idempotency-Key': 'a b' }), 400);
    expect(body.error.details).toEqual([expect.objectContaining({ path: 'idempotency-key' })]);
  });

  it('keeps every applied write of concurrent pushes to one target in history, in version order', async () => {
    const values = [1, 2, 3, 4, 5, 6];
    const results = await Promise.all(
      values.map(async (value) =>
        expectJson<PushResult>(
          await push(tokens.editor, { figures: [{ targetId: '1.1', value, baseVersion: 0 }] }),
          200,
        ),
      ),
    );
    const applied = results.flatMap((r) => r.applied);
    expect(applied).toHaveLength(1);
    expect(results.flatMap((r) => r.conflicts)).toHaveLength(values.length - 1);

    // Each losing client re-bases on the server's version and retries, as the add-in does after a conflict.
    const retried = await Promise.all(
      results
        .filter((r) => r.conflicts.length > 0)
        .map(async (r) => {
          const value = values[results.indexOf(r)]!;
          for (;;) {
            const current = (await progress()).figures[0]!.version;
            const result = await expectJson<PushResult>(
              await push(tokens.editor, { figures: [{ targetId: '1.1', value, baseVersion: current }] }),
              200,
            );
            if (result.applied.length === 1) return result.applied[0]!;
          }
        }),
    );
    const entries = (await history('target=1.1')).entries;
    expect(entries.map((e) => e.version)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(new Set(entries.map((e) => e.writeId))).toEqual(new Set([...applied, ...retried].map((a) => a.writeId)));
    expect(
      entries.map((e) => e.new).sort((a, b) => (a as { value: number }).value - (b as { value: number }).value),
    ).toEqual(values.map((value) => ({ value, note: null })));
    const last = entries.at(-1)!;
    expect((await progress()).figures[0]).toEqual(expect.objectContaining({ version: 6, writeId: last.writeId }));
  });

  it('costs the token and plan reads, one history write per task touched and one snapshot write (≤ entries + 1)', async () => {
    const figures = ['1.1', '1.2', '1.3', '1.4', '2.1'].map((targetId) => ({ targetId, value: 1, baseVersion: 0 }));
    const first = await push(tokens.admin, { figures });
    await expectJson(first, 200);
    // The plan writer's first push loads the KV snapshot and lists history for writes it lacks.
    expect(kvOps(first)).toEqual({ reads: 3, writes: 2 + 1, lists: 1, deletes: 0 });
    const response = await push(tokens.admin, {
      figures: figures.map((f) => ({ ...f, baseVersion: 1 })),
      reports: [{ task: 1, status: 'done', progress: '完成', baseVersion: 0 }],
    });
    await expectJson(response, 200);
    // Reads: token + plan (tests run without the isolate cache); the writer holds the progress. Writes: tasks
    // 1 and 2, then the snapshot.
    expect(kvOps(response)).toEqual({ reads: 2, writes: 2 + 1, lists: 0, deletes: 0 });
  });

  it("keeps a 1,250-entry push on a 1,000-target plan within KV's 1,000 operations per invocation", async () => {
    const plan = syntheticPlan(1000, 'big-plan');
    await importPlan(tokens.admin, plan);
    const figures = plan.tasks.flatMap((t) =>
      t.targets.map((target) => ({ targetId: target.id, value: 1, baseVersion: 0 })),
    );
    const reports = plan.tasks.map((t) => ({
      task: t.number,
      status: 'in_progress' as const,
      progress: '推进中',
      baseVersion: 0,
    }));
    const response = await push(tokens.admin, { figures, reports }, {}, plan.id);
    const result = await expectJson<PushResult>(response, 200);
    expect(result.applied).toHaveLength(1250);
    const ops = kvOps(response);
    expect(ops.writes).toBe(plan.tasks.length + 1);
    expect(ops.reads + ops.writes + ops.lists).toBeLessThan(1000);
  });
});

describe('KV operation budget (issue 10.6)', () => {
  it('refuses a push touching more tasks than one invocation can write with 413, before writing anything', async () => {
    const plan = syntheticPlan(2008, 'wide-plan'); // 502 tasks
    await importPlan(tokens.admin, plan);
    const reports = plan.tasks.map((t) => ({
      task: t.number,
      status: 'in_progress' as const,
      progress: '推进中',
      baseVersion: 0,
    }));
    const response = await push(tokens.admin, { reports }, {}, plan.id);
    const body = await expectJson<ApiError>(response, 413);
    expect(body.error).toEqual(
      expect.objectContaining({ code: 'payload_too_large', details: { maxTasks: 500, tasks: 502 } }),
    );
    expect(body.error.message).toContain('500');
    expect(kvOps(response).writes).toBe(0);
    await expectJson(await push(tokens.admin, { reports: reports.slice(0, 500) }, {}, plan.id), 200);
  }, 60_000);
});

describe('GET progress', () => {
  it('costs at most two KV operations (token and snapshot) once something is written', async () => {
    await expectJson(await push(tokens.admin, { figures: [{ targetId: '2.1', value: 1, baseVersion: 0 }] }), 200);
    const response = await call(`/api/plans/${PLAN_ID}/progress`, { token: tokens.viewer });
    await expectJson(response, 200);
    const ops = kvOps(response);
    expect(ops.reads + ops.writes + ops.lists).toBeLessThanOrEqual(2);
  });

  it('answers 404 for a plan that does not exist', async () => {
    const body = await expectJson<ApiError>(
      await call('/api/plans/no-such-plan/progress', { token: tokens.viewer }),
      404,
    );
    expect(body.error.code).toBe('not_found');
  });
});
