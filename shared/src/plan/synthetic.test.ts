import { describe, expect, it } from 'vitest';
import { PlanSchema } from './schema';
import { syntheticPlan } from './synthetic';

describe('syntheticPlan', () => {
  it.each([1, 15, 1000])('builds a valid plan with exactly %i targets', (count) => {
    const plan = PlanSchema.parse(syntheticPlan(count));
    expect(plan.tasks.flatMap((t) => t.targets)).toHaveLength(count);
    for (const t of plan.tasks.flatMap((task) => task.targets)) {
      expect(plan.tasks[t.task - 1]!.text.slice(t.offset, t.offset + t.quote.length)).toBe(t.quote);
    }
  });
});
