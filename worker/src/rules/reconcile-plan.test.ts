// Re-import keeps target ids: metric match, quote fallback, fresh ids above every used one.
import { syntheticPlan, type Plan, type Target } from '@plansync/shared';
import { describe, expect, it } from 'vitest';
import { reconcilePlan } from './reconcile-plan';

const previous = syntheticPlan(4, 'p'); // task 1: targets 1.1–1.4
const withTargets = (plan: Plan, targets: Target[]): Plan => ({ ...plan, tasks: [{ ...plan.tasks[0]!, targets }] });
const renumber = (targets: Target[]) => targets.map((t, i) => ({ ...t, id: `1.${i + 1}` }));
const old = previous.tasks[0]!.targets;

describe('reconcilePlan', () => {
  it('returns the new plan unchanged on first import', () => {
    expect(reconcilePlan(null, previous)).toBe(previous);
  });

  it('keeps ids of targets matched by metric and measure word, whatever their new position', () => {
    const next = withTargets(
      previous,
      renumber([old[3]!, old[0]!, { ...old[1]!, min: 99, max: 99, quote: '新建99个' }]),
    );
    const ids = reconcilePlan(previous, next).tasks[0]!.targets.map((t) => t.id);
    expect(ids).toEqual(['1.4', '1.1', '1.2']);
  });

  it('falls back to the quote when the metric was renamed', () => {
    const next = withTargets(previous, renumber([{ ...old[2]!, metric: '改名后的指标' }]));
    expect(reconcilePlan(previous, next).tasks[0]!.targets[0]!.id).toBe('1.3');
  });

  it('prefers a metric match over an earlier quote match for the same previous target', () => {
    const renamedButSameQuote = { ...old[0]!, metric: '其他指标', unit: '名' };
    const next = withTargets(previous, renumber([renamedButSameQuote, { ...old[0]!, quote: '改写后的原文' }]));
    const [first, second] = reconcilePlan(previous, next).tasks[0]!.targets;
    expect(second!.id).toBe('1.1');
    expect(first!.id).toBe('1.5');
  });

  it('numbers new targets above every id used before or holding progress', () => {
    const fresh = { ...old[0]!, metric: '新指标', quote: '新增3个', unit: '项' };
    const next = withTargets(previous, renumber([fresh, old[0]!]));
    const reconciled = reconcilePlan(previous, next, ['1.7', '2.9']);
    expect(reconciled.tasks[0]!.targets.map((t) => t.id)).toEqual(['1.8', '1.1']);
  });
});
