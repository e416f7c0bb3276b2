// 本期 and 上期 on the 指标 ledger (issue 12): written with the lights at every sync and pull, in the same syncs.
import { describe, expect, it } from 'vitest';
import { pullProgress } from './pull';
import { syncProgress } from './sync';
import { FIGURE_FORMAT } from '../layout/columns';
import { cellAt, cellOf, editorOf, inserted, seedPlan, valueOf } from '../test/workbook-fixtures';

const seed = seedPlan();
const task = seed.tasks.find((t) => t.targets.length)!;
const target = task.targets[0]!;

describe('本期 and 上期 columns', () => {
  it('show June’s figure as 本期, then after July’s report July’s as 本期 and June’s as 上期, in 2 syncs each', async () => {
    const s = await inserted(seed, editorOf(task.leadUnit));
    const at = (asOf: string) => ({ ...s.deps, asOf: () => asOf });
    const periods = () => [
      valueOf(s.book, '指标', target.id, 'thisPeriod'),
      valueOf(s.book, '指标', target.id, 'lastPeriod'),
    ];

    s.book.type('指标', cellOf(s.book, '指标', target.id, 'value'), '30');
    s.host.resetStats();
    await syncProgress(at('2014-07-08'));
    expect(s.host.stats.syncs).toBe(2);
    expect(periods()).toEqual([30, '']);

    s.book.type('指标', cellOf(s.book, '指标', target.id, 'value'), '42');
    s.host.resetStats();
    await syncProgress(at('2014-08-08'));
    expect(s.host.stats.syncs).toBe(2);
    expect(periods()).toEqual([42, 30]);

    // September's reports are being collected and this unit has not sent one yet.
    s.host.resetStats();
    await pullProgress(at('2014-10-08'));
    expect(s.host.stats.syncs).toBe(2);
    expect(periods()).toEqual(['', 42]);
  });

  it('formats 本期, 上期 and 目标值 with thousands separators, and leaves 完成值 General (issue 11)', async () => {
    const s = await inserted(seed, editorOf(task.leadUnit));
    const format = (id: string) => cellAt(s.book, '指标', target.id, id)!.numberFormat;
    expect(['thisPeriod', 'lastPeriod', 'target'].map(format)).toEqual([FIGURE_FORMAT, FIGURE_FORMAT, FIGURE_FORMAT]);
    expect(format('value')).toBe('General');
  });
});
