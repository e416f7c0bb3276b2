// Issue 10.10: after an import changes a task's lead unit, the old lead can no longer write, in every isolate
// at once: a push revalidates the isolate's cached plan by its ETag (one KV read) instead of trusting it 30 s.
import { syntheticPlan, type ApiError } from '@plansync/shared';
import { env } from 'cloudflare:workers';
import { expect, it } from 'vitest';
import { PlanStore } from '../src/store/plan-store';
import { BASE, LEAD_OF_TASK_2, expectJson, freshEachTest, send } from './helpers';

const plan = syntheticPlan(8, 'lead-change');
// This isolate keeps plans and tokens in memory as deployed (tests otherwise run with the cache off).
const cachingEnv = { ...env, ISOLATE_CACHE_SECONDS: '30' };

const tokens = freshEachTest(plan);

const pushAs = (token: string, value: number, baseVersion: number) =>
  send(
    new Request(`${BASE}/api/plans/${plan.id}/progress`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ figures: [{ targetId: '1.1', value, baseVersion }] }),
    }),
    cachingEnv,
  );

it('refuses the old lead unit on its next push right after another isolate re-imported the plan', async () => {
  await expectJson(await pushAs(tokens.editor, 1, 0), 200); // this isolate now holds the plan
  // Another isolate imports the plan with task 1 now led by task 2's lead unit.
  const changed = { ...plan, tasks: plan.tasks.map((t) => (t.number === 1 ? { ...t, leadUnit: LEAD_OF_TASK_2 } : t)) };
  await new PlanStore(env.PLANSYNC_KV).put(changed);

  const refused = await expectJson<ApiError>(await pushAs(tokens.editor, 2, 1), 403);
  expect(refused.error.details).toEqual([expect.objectContaining({ leadUnit: LEAD_OF_TASK_2 })]);
  await expectJson(await pushAs(tokens.otherEditor, 2, 1), 200);
});
