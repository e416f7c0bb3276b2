// History key layout: task prefixes do not collide, keys list oldest first.
import { describe, expect, it } from 'vitest';
import { historyKey, taskHistoryPrefix } from './keys';

describe('history keys', () => {
  it('keep task 1 apart from task 10', () => {
    expect(historyKey('p', 10, '2014-06-30T00:00:00.000Z', 'b').startsWith(taskHistoryPrefix('p', 1))).toBe(false);
    expect(historyKey('p', 1, '2014-06-30T00:00:00.000Z', 'b').startsWith(taskHistoryPrefix('p', 1))).toBe(true);
  });

  it('list oldest first', () => {
    const times = ['2014-12-01T00:00:00.000Z', '2014-06-30T09:00:00.000Z', '2014-06-30T10:00:00.000Z'];
    const keys = times.map((t) => historyKey('p', 4, t, 'b'));
    expect([...keys].sort()).toEqual([keys[1], keys[2], keys[0]]);
  });
});
