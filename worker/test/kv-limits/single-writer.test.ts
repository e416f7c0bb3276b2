// Issue 10.1 under KV's real write limit (emulated: 429 on a second write to one key within a second): pushes
// to one plan at once are all acknowledged, all in the next GET progress and in history, and a unit's next
// edit sent with the version the server gave it applies.
import { syntheticPlan, type History, type PlanProgress, type PushResult } from '@plansync/shared';
import { expect, it } from 'vitest';
import { call, expectJson, freshEachTest, kvOps, push } from '../helpers';

const plan = syntheticPlan(16, 'limits-plan'); // 4 tasks × 4 targets
const targets = plan.tasks.flatMap((task) => task.targets.map((target) => target.id));

const tokens = freshEachTest(plan);

it('keeps every one of 14 simultaneous pushes to one plan, writing the snapshot fewer times than it was pushed', async () => {
  const pushed = targets.slice(0, 14);
  const responses = await Promise.all(
    pushed.map((targetId, i) =>
      push(tokens.admin, { figures: [{ targetId, value: i + 1, baseVersion: 0 }] }, {}, plan.id),
    ),
  );
  const results = await Promise.all(responses.map((response) => expectJson<PushResult>(response, 200)));
  expect(results.flatMap((r) => r.applied)).toHaveLength(14);
  const writes = responses.reduce((n, response) => n + kvOps(response).writes, 0);
  expect(writes - 14).toBeLessThan(14); // 14 history writes, and one snapshot write per group, not per push

  const progress = await expectJson<PlanProgress>(
    await call(`/api/plans/${plan.id}/progress`, { token: tokens.viewer }),
    200,
  );
  expect(progress.figures.map((f) => [f.targetId, f.value, f.version])).toEqual(
    pushed.map((targetId, i) => [targetId, i + 1, 1]),
  );
  for (const [i, targetId] of pushed.entries()) {
    const history = await expectJson<History>(
      await call(`/api/plans/${plan.id}/history?target=${targetId}`, { token: tokens.viewer }),
      200,
    );
    expect(history.entries.map((e) => e.writeId)).toEqual([results[i]!.applied[0]!.writeId]);
  }

  // Each unit's next edit, sent with the version the server gave it, applies.
  const next = await push(
    tokens.admin,
    { figures: [{ targetId: pushed[0]!, value: 99, baseVersion: 1 }] },
    {},
    plan.id,
  );
  expect((await expectJson<PushResult>(next, 200)).applied).toEqual([expect.objectContaining({ version: 2 })]);
});
