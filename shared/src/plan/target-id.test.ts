// Target ids carry their task and their plan order.
import { describe, expect, it } from 'vitest';
import { compareTargetIds, taskOfTarget } from './target-id';

describe('target ids', () => {
  it('name their task', () => {
    expect(['4.1', '10.12', '1.3'].map(taskOfTarget)).toEqual([4, 10, 1]);
  });

  it('order by task number, then by number within the task', () => {
    const ids = ['10.1', '2.10', '1.3', '2.2', '10.12', '10.2'];
    expect(ids.sort(compareTargetIds)).toEqual(['1.3', '2.2', '2.10', '10.1', '10.2', '10.12']);
    expect(compareTargetIds('4.10', '4.10')).toBe(0);
  });
});
