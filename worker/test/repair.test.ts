// A snapshot update lost to a concurrent write elsewhere (simulated) is restored from history.
import { env } from 'cloudflare:workers';
import { expect, it } from 'vitest';
import { repairAllPlans } from '../src/scheduled';
import { progressKey } from '../src/store/keys';
import { PLAN_ID, call, expectJson, freshEachTest, push, readProgress } from './helpers';

const tokens = freshEachTest();

// Too long for KV metadata: the repair must find this write by its stamp and read it back.
const LONG_REPORT = '已完成全年目标任务。'.repeat(60);

const progress = () => readProgress(tokens.viewer);

/** Pushes twice, then puts back the snapshot as it was after the first push: what a last-write-wins race does. */
async function loseSecondSnapshotUpdate(): Promise<string> {
  await expectJson(await push(tokens.editor, { figures: [{ targetId: '1.1', value: 5, baseVersion: 0 }] }), 200);
  const stale = (await env.PLANSYNC_KV.get(progressKey(PLAN_ID)))!;
  const second = await expectJson<{ applied: { writeId: string }[] }>(
    await push(tokens.editor, {
      figures: [{ targetId: '1.1', value: 8, baseVersion: 1 }],
      reports: [{ task: 1, status: 'done', progress: LONG_REPORT, baseVersion: 0 }],
    }),
    200,
  );
  await env.PLANSYNC_KV.put(progressKey(PLAN_ID), stale);
  expect((await progress()).figures[0]!.value).toBe(5);
  return second.applied[0]!.writeId;
}

it('restores lost writes through the admin repair route', async () => {
  const lostWriteId = await loseSecondSnapshotUpdate();
  const result = await expectJson<{ restored: string[] }>(
    await call(`/api/plans/${PLAN_ID}/repair`, { method: 'POST', token: tokens.admin }),
    200,
  );
  expect(result.restored.sort()).toEqual(['f:1.1', 'r:1']);
  const after = await progress();
  expect(after.figures[0]).toEqual(expect.objectContaining({ value: 8, version: 2, writeId: lostWriteId }));
  expect(after.reports[0]).toEqual(expect.objectContaining({ task: 1, status: 'done', progress: LONG_REPORT }));
  // Nothing more to do the second time.
  expect(
    (
      await expectJson<{ restored: string[] }>(
        await call(`/api/plans/${PLAN_ID}/repair`, { method: 'POST', token: tokens.admin }),
        200,
      )
    ).restored,
  ).toEqual([]);
});

it('restores lost writes in the scheduled run over every plan', async () => {
  await loseSecondSnapshotUpdate();
  await repairAllPlans(env);
  expect((await progress()).figures[0]!.value).toBe(8);
});
