// The per-plan lock: one push at a time per plan in an isolate, other plans in parallel.
import { describe, expect, it } from 'vitest';
import { withPlanLock } from './plan-lock';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('withPlanLock', () => {
  it('runs work on one plan one at a time, in arrival order, even when some fail', async () => {
    const log: string[] = [];
    const job = (name: string, fail = false) =>
      withPlanLock('p', async () => {
        log.push(`start ${name}`);
        await tick();
        log.push(`end ${name}`);
        if (fail) throw new Error(name);
        return name;
      });
    const results = await Promise.allSettled([job('a'), job('b', true), job('c')]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('lets different plans run side by side', async () => {
    const log: string[] = [];
    const job = (plan: string) =>
      withPlanLock(plan, async () => {
        log.push(`start ${plan}`);
        await tick();
        log.push(`end ${plan}`);
      });
    await Promise.all([job('x'), job('y')]);
    expect(log.slice(0, 2)).toEqual(['start x', 'start y']);
  });
});
