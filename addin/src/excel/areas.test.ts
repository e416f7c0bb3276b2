import { describe, expect, it } from 'vitest';
import { MAX_AREAS_CHARS, fitAreas, mergeAreas } from './areas';
import type { WriteOp } from './ops';

const fill = (address: string, color: string | null): WriteOp => ({ kind: 'fill', sheet: 'S', address, color });
/** 2,000 alternating runs of two colours down one column, as marks of an editor's rows come. */
const alternating = Array.from({ length: 2000 }, (_, i) => fill(`K${i * 2 + 2}`, i % 2 ? '#FFC7CE' : '#C6EFCE'));

describe('several areas in one op', () => {
  it('joins the runs of each colour into one op, in the place of its first run', () => {
    const merged = mergeAreas([{ kind: 'unprotect', sheet: 'S' }, ...alternating]);
    expect(merged).toHaveLength(3);
    expect(merged[0]).toEqual({ kind: 'unprotect', sheet: 'S' });
    expect(merged[1]).toMatchObject({ color: '#C6EFCE', address: expect.stringMatching(/^K2,K6,K10,/) });
    expect(merged[2]).toMatchObject({ color: '#FFC7CE', address: expect.stringMatching(/^K4,K8,/) });
  });

  it('cuts the areas under the address length Excel takes, and sends one op per area without ExcelApi 1.9', () => {
    const merged = mergeAreas(alternating);
    const fitted = fitAreas(merged, true);
    expect(fitted.length).toBeGreaterThan(2);
    expect(fitted.length).toBeLessThan(10);
    for (const op of fitted) expect('address' in op && op.address.length).toBeLessThanOrEqual(MAX_AREAS_CHARS);
    const areas = (ops: WriteOp[]) => ops.flatMap((op) => ('address' in op ? op.address.split(',') : [])).sort();
    expect(areas(fitted)).toEqual(areas(alternating));
    expect(fitAreas(merged, false)).toHaveLength(2000);
  });

  it('keeps a style that hides columns on one area each, since a RangeAreas cannot hide them', () => {
    const hide: WriteOp = { kind: 'style', sheet: 'S', address: 'P:P,R:R', style: { hidden: true } };
    expect(fitAreas([hide], true)).toEqual([
      { ...hide, address: 'P:P' },
      { ...hide, address: 'R:R' },
    ]);
  });
});
