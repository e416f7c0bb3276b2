import { describe, expect, it } from 'vitest';
import { historyKey, parseHistoryKey, subjectHistoryPrefix, taskHistoryPrefix } from './keys';

describe('history keys', () => {
  it('round-trips subject, version and write id', () => {
    const figure = historyKey('p', { kind: 'figure', targetId: '12.3' }, 7, 'w-1');
    expect(figure).toBe('history:p:t:12:f:12.3:000007:w-1');
    expect(parseHistoryKey(figure)).toEqual({ subject: { kind: 'figure', targetId: '12.3' }, version: 7, writeId: 'w-1' });
    const report = historyKey('p', { kind: 'report', task: 4 }, 12, 'w-2');
    expect(parseHistoryKey(report)).toEqual({ subject: { kind: 'report', task: 4 }, version: 12, writeId: 'w-2' });
  });

  it('keeps target 4.1 apart from 4.10 and task 1 apart from task 10', () => {
    const prefix = subjectHistoryPrefix('p', { kind: 'figure', targetId: '4.1' });
    expect(historyKey('p', { kind: 'figure', targetId: '4.10' }, 1, 'w').startsWith(prefix)).toBe(false);
    expect(historyKey('p', { kind: 'report', task: 10 }, 1, 'w').startsWith(taskHistoryPrefix('p', 1))).toBe(false);
    expect(historyKey('p', { kind: 'figure', targetId: '1.2' }, 1, 'w').startsWith(taskHistoryPrefix('p', 1))).toBe(true);
  });

  it('sorts versions numerically as strings', () => {
    const keys = [10, 9, 100].map((v) => historyKey('p', { kind: 'report', task: 1 }, v, 'w'));
    expect([...keys].sort().map((k) => parseHistoryKey(k)!.version)).toEqual([9, 10, 100]);
  });
});
