// Stamp order and snapshot repair from the newest history writes.
import type { FigureState, HistoryEntry, PlanProgress } from '@plansync/shared';
import { describe, expect, it } from 'vitest';
import { restore, subjectsBehind } from './repair-snapshot';
import { compareStamps } from './stamp-order';

const writer = { role: 'admin' as const, unit: null, tokenId: 't' };
const figure = (version: number, writtenAt: string, writeId: string, value = version): FigureState => ({
  targetId: '1.1',
  value,
  note: null,
  version,
  writer,
  writtenAt,
  writeId,
  batchId: 'b',
});
const progress = (figures: FigureState[]): PlanProgress => ({ planId: 'p', figures, reports: [] });
const T1 = '2014-06-30T00:00:00.000Z';
const T2 = '2014-06-30T00:00:01.000Z';

describe('stamp order', () => {
  it('orders by version, then time, then write id', () => {
    expect(compareStamps(figure(2, T1, 'a'), figure(1, T2, 'z'))).toBeGreaterThan(0);
    expect(compareStamps(figure(2, T2, 'a'), figure(2, T1, 'z'))).toBeGreaterThan(0);
    expect(compareStamps(figure(2, T1, 'b'), figure(2, T1, 'a'))).toBeGreaterThan(0);
    expect(compareStamps(figure(2, T1, 'a'), figure(2, T1, 'a'))).toBe(0);
  });
});

describe('snapshot repair', () => {
  const newest = (version: number, writtenAt: string, writeId: string) => ({
    subject: { kind: 'figure' as const, targetId: '1.1' },
    version,
    writtenAt,
    writeId,
  });

  it('finds subjects whose newest history write the snapshot lacks, including same-version writes from elsewhere', () => {
    const held = progress([figure(2, T1, 'a')]);
    expect(subjectsBehind(held, [newest(2, T1, 'a')])).toEqual([]);
    expect(subjectsBehind(held, [newest(3, T1, 'x')])).toHaveLength(1);
    expect(subjectsBehind(held, [newest(2, T2, 'b')])).toHaveLength(1);
    expect(
      subjectsBehind(progress([]), [{ subject: { kind: 'report', task: 3 }, version: 1, writtenAt: T1, writeId: 'r' }]),
    ).toHaveLength(1);
  });

  it('puts the state after each history entry in place', () => {
    const entry: HistoryEntry = {
      kind: 'figure',
      targetId: '1.1',
      old: { value: 2, note: null },
      new: { value: 7, note: '补报' },
      version: 3,
      writer,
      writtenAt: T2,
      writeId: 'c',
      batchId: 'b2',
    };
    expect(restore(progress([figure(2, T1, 'a')]), [entry]).figures).toEqual([
      { targetId: '1.1', value: 7, note: '补报', version: 3, writer, writtenAt: T2, writeId: 'c', batchId: 'b2' },
    ]);
  });
});
