// History: append-only, per target, per task or for the whole plan, with old and new values, writer, time and batch id.
import type { ApiError, History } from '@plansync/shared';
import { env } from 'cloudflare:workers';
import { expect, it } from 'vitest';
import { HistoryStore } from '../src/store/history-store';
import { PLAN_ID, call, expectJson, freshEachTest, kvOps, push } from './helpers';

const tokens = freshEachTest();

const history = async (query: string) =>
  expectJson<History>(await call(`/api/plans/${PLAN_ID}/history?${query}`, { token: tokens.viewer }), 200);

it('lists every write of a target oldest first with old → new values, writer, time and batch id', async () => {
  const first = await expectJson<{ batchId: string }>(
    await push(tokens.editor, { figures: [{ targetId: '1.1', value: 10, baseVersion: 0, note: '一季度' }] }),
    200,
  );
  const second = await expectJson<{ batchId: string }>(
    await push(tokens.admin, { figures: [{ targetId: '1.1', value: 25, baseVersion: 1 }] }),
    200,
  );
  const { planId, entries } = await history('target=1.1');
  expect(planId).toBe(PLAN_ID);
  expect(entries).toEqual([
    expect.objectContaining({
      kind: 'figure',
      targetId: '1.1',
      old: null,
      new: { value: 10, note: '一季度' },
      version: 1,
      batchId: first.batchId,
      writer: expect.objectContaining({ role: 'editor', unit: '市人社局' }),
    }),
    expect.objectContaining({
      old: { value: 10, note: '一季度' },
      new: { value: 25, note: null },
      version: 2,
      batchId: second.batchId,
      writer: expect.objectContaining({ role: 'admin', unit: null }),
    }),
  ]);
  expect(entries[0]!.writtenAt <= entries[1]!.writtenAt).toBe(true);
});

it("lists a task's reports and its targets' figures, and nothing of other tasks", async () => {
  await push(tokens.admin, {
    figures: [
      { targetId: '1.2', value: 1, baseVersion: 0 },
      { targetId: '2.1', value: 1, baseVersion: 0 },
    ],
    reports: [{ task: 1, status: 'behind', progress: '进度滞后', problems: '资金未到位', baseVersion: 0 }],
  });
  const { entries } = await history('task=1');
  expect(entries.map((e) => (e.kind === 'figure' ? e.targetId : `task ${e.task}`)).sort()).toEqual(['1.2', 'task 1']);
  const report = entries.find((e) => e.kind === 'report')!;
  expect(report.new).toEqual({ status: 'behind', progress: '进度滞后', problems: '资金未到位', nextSteps: '' });
});

it('keeps entries too long for KV metadata, reading them back in full', async () => {
  const progress = '推进'.repeat(900);
  await expectJson(
    await push(tokens.admin, { reports: [{ task: 2, status: 'in_progress', progress, baseVersion: 0 }] }),
    200,
  );
  const { entries } = await history('task=2');
  expect(entries).toHaveLength(1);
  expect(entries[0]!.new).toEqual(expect.objectContaining({ progress }));
});

it('never rewrites a stored history key', async () => {
  await push(tokens.admin, { figures: [{ targetId: '1.1', value: 1, baseVersion: 0 }] });
  const before = await env.PLANSYNC_KV.list({ prefix: `history:${PLAN_ID}:` });
  const firstValue = await env.PLANSYNC_KV.get(before.keys[0]!.name);
  await push(tokens.admin, { figures: [{ targetId: '1.1', value: 2, baseVersion: 1 }] });
  const after = await env.PLANSYNC_KV.list({ prefix: `history:${PLAN_ID}:` });
  expect(after.keys).toHaveLength(2);
  expect(await env.PLANSYNC_KV.get(before.keys[0]!.name)).toBe(firstValue);
});

it('lists the whole plan without target or task, every task, pages joined and `since` honoured', async () => {
  await expectJson(
    await push(tokens.admin, {
      figures: [
        { targetId: '1.1', value: 1, baseVersion: 0 },
        { targetId: '2.1', value: 1, baseVersion: 0 },
      ],
      reports: [{ task: 2, status: 'in_progress', progress: '推进', baseVersion: 0 }],
    }),
    200,
  );
  const later = await expectJson<{ applied: { writtenAt: string }[] }>(
    await push(tokens.admin, { figures: [{ targetId: '1.1', value: 2, baseVersion: 1 }] }),
    200,
  );
  const all: History['entries'] = [];
  let cursor: string | null = null;
  do {
    const page: History = await history(`limit=1${cursor ? `&cursor=${cursor}` : ''}`);
    all.push(...page.entries);
    cursor = page.cursor;
  } while (cursor);
  const name = (e: History['entries'][number]) =>
    e.kind === 'figure' ? `${e.targetId}@${e.version}` : `task ${e.task}`;
  expect(all.map(name).sort()).toEqual(['1.1@1', '1.1@2', '2.1@1', 'task 2']);
  const since = later.applied[0]!.writtenAt;
  const recent = await history(`since=${since}`);
  expect(recent.entries.map(name)).toContain('1.1@2');
  expect(recent.entries.map(name).sort()).toEqual(
    all
      .filter((e) => e.writtenAt >= since)
      .map(name)
      .sort(),
  );
});

it('takes at most one of target and task', async () => {
  for (const query of ['target=1.1&task=1', 'target=abc', 'task=-2']) {
    const body = await expectJson<ApiError>(
      await call(`/api/plans/${PLAN_ID}/history?${query}`, { token: tokens.viewer }),
      400,
    );
    expect(body.error.code).toBe('invalid_request');
  }
});

it('pages a long history with a bounded number of KV operations per call (issue 10: 583 pushes cost 139 reads)', async () => {
  const store = new HistoryStore(env.PLANSYNC_KV);
  const long = '推进'.repeat(300); // too long for key metadata: every push listed costs a read
  const writer = { role: 'admin' as const, unit: null, tokenId: 't' };
  for (let i = 0; i < 120; i++) {
    const writtenAt = new Date(Date.UTC(2014, 0, 1, 0, i)).toISOString();
    const report = { status: 'in_progress' as const, progress: `${i}${long}`, problems: '', nextSteps: '' };
    await store.append(PLAN_ID, [
      {
        kind: 'report',
        task: 2,
        old: null,
        new: report,
        version: i + 1,
        writer,
        writtenAt,
        writeId: `w${i}`,
        batchId: `b${i}`,
      },
    ]);
  }
  const versions: number[] = [];
  let cursor: string | null = '';
  for (let calls = 0; cursor !== null; calls++) {
    expect(calls).toBeLessThan(10);
    const response = await call(`/api/plans/${PLAN_ID}/history?task=2&limit=25${cursor ? `&cursor=${cursor}` : ''}`, {
      token: tokens.viewer,
    });
    const page = await expectJson<History>(response, 200);
    const ops = kvOps(response);
    expect(ops.reads).toBeLessThanOrEqual(2 + 25); // token + plan + one per listed push
    expect(ops.lists).toBeLessThanOrEqual(3);
    versions.push(...page.entries.map((e) => e.version));
    cursor = page.cursor;
  }
  expect(versions).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
  const recent = await history(`task=2&since=${new Date(Date.UTC(2014, 0, 1, 1, 58)).toISOString()}`);
  expect(recent.entries.map((e) => e.version)).toEqual([119, 120]);
}, 60_000);

it('refuses a cursor it did not make', async () => {
  const body = await expectJson<ApiError>(
    await call(`/api/plans/${PLAN_ID}/history?task=1&cursor=not-a-cursor`, { token: tokens.viewer }),
    400,
  );
  expect(body.error.details).toEqual([expect.objectContaining({ path: 'cursor' })]);
});
