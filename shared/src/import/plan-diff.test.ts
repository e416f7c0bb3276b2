// The re-import diff: what a person confirms before a plan changes under the staff reporting against it.
import { describe, expect, it } from 'vitest';
import type { Plan } from '../plan/schema';
import { syntheticPlan } from '../plan/synthetic';
import { diffPlans, isEmptyDiff } from './plan-diff';

const stored = syntheticPlan(8, 'p'); // tasks 1 and 2, targets 1.1–1.4 and 2.1–2.4
const edit = (plan: Plan, change: (p: Plan) => void): Plan => {
  const copy = structuredClone(plan);
  change(copy);
  return copy;
};

describe('diffPlans', () => {
  it('says everything is new on a first import', () => {
    const diff = diffPlans(null, stored);
    expect(diff.isNew).toBe(true);
    expect(diff.tasks.added.map((t) => t.number)).toEqual([1, 2]);
    expect(isEmptyDiff(diff)).toBe(false);
  });

  it('finds nothing to confirm when the plan is the same', () => {
    expect(isEmptyDiff(diffPlans(stored, stored, { targetIds: ['1.1'], taskNumbers: [1] }))).toBe(true);
  });

  it('lists tasks and targets added, removed and renamed, and progress the new plan would leave behind', () => {
    const next = edit(stored, (p) => {
      p.tasks[0]!.title = '改写后的任务';
      p.tasks[0]!.targets[0]!.metric = '改名后的指标';
      p.tasks[0]!.targets.splice(3, 1); // 1.4 goes
      p.tasks[0]!.targets.push({ ...p.tasks[0]!.targets[1]!, id: '1.5', metric: '新指标' });
      p.tasks.splice(1, 1); // task 2 goes
      p.tasks.push({ ...stored.tasks[1]!, number: 3, targets: [] });
    });
    const diff = diffPlans(stored, next, { targetIds: ['1.1', '1.4', '2.2'], taskNumbers: [1, 2] });
    expect(diff.tasks).toEqual({
      added: [{ number: 3, title: stored.tasks[1]!.title }],
      removed: [{ number: 2, title: stored.tasks[1]!.title }],
      renamed: [{ number: 1, title: '改写后的任务', from: stored.tasks[0]!.title, to: '改写后的任务' }],
    });
    expect(diff.targets.added.map((t) => t.id)).toEqual(['1.5']);
    expect(diff.targets.removed.map((t) => t.id)).toEqual(['1.4', '2.1', '2.2', '2.3', '2.4']);
    expect(diff.targets.renamed).toEqual([
      { id: '1.1', task: 1, metric: '改名后的指标', from: stored.tasks[0]!.targets[0]!.metric, to: '改名后的指标' },
    ]);
    expect(diff.orphanedFigures).toEqual(['1.4', '2.2']);
    expect(diff.orphanedReports).toEqual([2]);
  });

  it('reports a target that comes back under a retired id as restored, not added', () => {
    const previous = edit(stored, (p) => {
      p.retiredTargets = [{ ...p.tasks[0]!.targets[0]!, id: '1.9', metric: '旧指标' }];
    });
    const next = edit(stored, (p) => p.tasks[0]!.targets.push({ ...previous.retiredTargets![0]! }));
    const diff = diffPlans(previous, next, { targetIds: ['1.9'], taskNumbers: [] });
    expect(diff.targets.restored.map((t) => t.id)).toEqual(['1.9']);
    expect(diff.targets.added).toEqual([]);
    expect(diff.orphanedFigures).toEqual([]);
  });
});
