// Re-import keeps target ids: metric match, quote fallback, fresh ids above every used one.
import { syntheticPlan, type Plan, type Target } from '@plansync/shared';
import { describe, expect, it } from 'vitest';
import { reconcilePlan } from './reconcile-plan';

const previous = syntheticPlan(4, 'p'); // task 1: targets 1.1–1.4
const withTargets = (plan: Plan, targets: Target[]): Plan => ({ ...plan, tasks: [{ ...plan.tasks[0]!, targets }] });
const renumber = (targets: Target[]) => targets.map((t, i) => ({ ...t, id: `1.${i + 1}` }));
const old = previous.tasks[0]!.targets;
const MATCH = { ids: 'match' } as const;

describe('reconcilePlan', () => {
  it('returns the new plan unchanged on first import', () => {
    expect(reconcilePlan(null, previous, MATCH)).toEqual(previous);
  });

  it('keeps ids of targets matched by metric and measure word, whatever their new position', () => {
    const next = withTargets(
      previous,
      renumber([old[3]!, old[0]!, { ...old[1]!, min: 99, max: 99, quote: '新建99个' }]),
    );
    const ids = reconcilePlan(previous, next, MATCH).tasks[0]!.targets.map((t) => t.id);
    expect(ids).toEqual(['1.4', '1.1', '1.2']);
  });

  it('falls back to the quote when the metric was renamed', () => {
    const next = withTargets(previous, renumber([{ ...old[2]!, metric: '改名后的指标' }]));
    expect(reconcilePlan(previous, next, MATCH).tasks[0]!.targets[0]!.id).toBe('1.3');
  });

  it('prefers a metric match over an earlier quote match for the same previous target', () => {
    const renamedButSameQuote = { ...old[0]!, metric: '其他指标', unit: '名' };
    const next = withTargets(previous, renumber([renamedButSameQuote, { ...old[0]!, quote: '改写后的原文' }]));
    const [first, second] = reconcilePlan(previous, next, MATCH).tasks[0]!.targets;
    expect(second!.id).toBe('1.1');
    expect(first!.id).toBe('1.5');
  });

  it('numbers new targets above every id used before or holding progress', () => {
    const fresh = { ...old[0]!, metric: '新指标', quote: '新增3个', unit: '项' };
    const next = withTargets(previous, renumber([fresh, old[0]!]));
    const reconciled = reconcilePlan(previous, next, { ids: 'match', reserved: ['1.7', '2.9'] });
    expect(reconciled.tasks[0]!.targets.map((t) => t.id)).toEqual(['1.8', '1.1']);
  });

  it('keeps the ids Plan JSON gives, and retires the targets it leaves out', () => {
    const next = withTargets(previous, [{ ...old[1]!, id: '1.7' }, old[0]!]);
    const reconciled = reconcilePlan(previous, next, { ids: 'given' });
    expect(reconciled.tasks[0]!.targets.map((t) => t.id)).toEqual(['1.7', '1.1']);
    expect(reconciled.retiredTargets!.map((t) => t.id)).toEqual(['1.2', '1.3', '1.4']);
  });

  it('gives a removed target its old id back when a later import restores it', () => {
    const removed = reconcilePlan(previous, withTargets(previous, renumber([old[0]!, old[2]!])), MATCH);
    expect(removed.tasks[0]!.targets.map((t) => t.id)).toEqual(['1.1', '1.3']);
    expect(removed.retiredTargets!.map((t) => t.id)).toEqual(['1.2', '1.4']);
    // The next text has 1.2 back (by its phrase, although renamed) and a new target, which must not take 1.4.
    const restoredText = renumber([
      old[0]!,
      { ...old[1]!, metric: '改名' },
      old[2]!,
      { ...old[0]!, metric: '新', quote: '新' },
    ]);
    const restored = reconcilePlan(removed, withTargets(previous, restoredText), MATCH);
    expect(restored.tasks[0]!.targets.map((t) => t.id)).toEqual(['1.1', '1.2', '1.3', '1.5']);
    expect(restored.retiredTargets!.map((t) => t.id)).toEqual(['1.4']);
  });

  it('stores no retiredTargets when nothing was removed, and ignores any the sender gave', () => {
    const next = { ...previous, retiredTargets: [{ ...old[0]!, id: '1.9' }] };
    expect(reconcilePlan(previous, next, MATCH)).toEqual(previous);
  });
});
