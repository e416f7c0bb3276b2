// 本期 and 上期 of cumulative figures: carried by the write rules, read for the period being collected.
import { describe, expect, it } from 'vitest';
import type { FigureState, PlanProgress, ReportingPeriod, Writer } from '../progress/schema';
import { applyBatch } from '../write-rules/apply-batch';
import { periodValues, withPrevious } from './period-values';

const EDITOR: Writer = { role: 'editor', unit: '市人社局', tokenId: 'tok-rsj' };

function state(value: number, writtenAt: string, period?: ReportingPeriod, version = 1): FigureState {
  return {
    targetId: '1.1',
    value,
    note: null,
    ...(period ? { period } : {}),
    version,
    writer: EDITOR,
    writtenAt,
    writeId: `w${version}`,
    batchId: `b${version}`,
  };
}

/** Each figure pushed through the write rules, in order, as a unit reporting month after month would. */
function reported(...writes: [value: number, writtenAt: string, period?: ReportingPeriod][]): FigureState {
  let progress: PlanProgress = { planId: 'p', figures: [], reports: [] };
  writes.forEach(([value, writtenAt, period], i) => {
    const outcome = applyBatch({
      progress,
      batch: { figures: [{ targetId: '1.1', value, baseVersion: i, ...(period ? { period } : {}) }] },
      writer: EDITOR,
      batchId: `b${i}`,
      writtenAt,
      newWriteId: () => `w${i}`,
      lang: 'zh',
    });
    if (!outcome.ok) throw new Error('refused');
    progress = outcome.progress;
  });
  return progress.figures[0]!;
}

describe('本期 and 上期', () => {
  it('after July is reported, 本期 is July’s figure and 上期 June’s', () => {
    const figure = reported([30, '2014-07-03T02:00:00.000Z', '2014-06'], [42, '2014-08-04T02:00:00.000Z', '2014-07']);
    expect(figure.previous).toEqual({ value: 30, period: '2014-06', writtenAt: '2014-07-03T02:00:00.000Z' });
    expect(periodValues(figure, '2014-07')).toEqual({ thisPeriod: 42, lastPeriod: 30 });
  });

  it('keeps 上期 through a correction within the same period', () => {
    const figure = reported(
      [20, '2014-06-04T02:00:00.000Z', '2014-05'],
      [30, '2014-07-03T02:00:00.000Z', '2014-06'],
      [32, '2014-07-06T02:00:00.000Z', '2014-06'],
    );
    expect(periodValues(figure, '2014-06')).toEqual({ thisPeriod: 32, lastPeriod: 20 });
  });

  it('before a unit reports the new period, 本期 is blank and 上期 is where the figure stood', () => {
    const figure = reported([20, '2014-06-04T02:00:00.000Z', '2014-05'], [30, '2014-07-03T02:00:00.000Z', '2014-06']);
    expect(periodValues(figure, '2014-07')).toEqual({ thisPeriod: null, lastPeriod: 30 });
    expect(periodValues(undefined, '2014-07')).toEqual({ thisPeriod: null, lastPeriod: null });
  });

  it('dates a figure stored without a period by the day it was written (the rule that makes a unit 已报送)', () => {
    const legacy = state(25, '2014-07-02T02:00:00.000Z');
    expect(periodValues(legacy, '2014-06')).toEqual({ thisPeriod: 25, lastPeriod: null });
    const july = withPrevious(state(40, '2014-08-03T02:00:00.000Z', '2014-07', 2), legacy);
    expect(july.previous).toEqual({ value: 25, writtenAt: '2014-07-02T02:00:00.000Z' });
    expect(periodValues(july, '2014-07')).toEqual({ thisPeriod: 40, lastPeriod: 25 });
  });

  it('drops a carried 上期 that the new write no longer follows', () => {
    const july = withPrevious(
      state(42, '2014-08-04T02:00:00.000Z', '2014-07', 2),
      state(30, '2014-07-03T02:00:00.000Z', '2014-06'),
    );
    // A late write for May replaces both: neither July nor June is earlier than May.
    const may = withPrevious(state(15, '2014-08-05T02:00:00.000Z', '2014-05', 3), july);
    expect(may.previous).toBeUndefined();
  });
});
