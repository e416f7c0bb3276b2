import { describe, expect, it } from 'vitest';
import { opBytes, packOps, splitOp, type WriteOp } from './ops';

const big: WriteOp = {
  kind: 'values',
  sheet: 'S',
  address: 'A1:B1000',
  values: Array.from({ length: 1000 }, (_, i) => [i, 'x'.repeat(100)]),
};

describe('packing writes under the payload limit', () => {
  it('splits a large 2-D write into row slices that cover the same range', () => {
    const parts = splitOp(big, 30_000);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((p) => opBytes(p) <= 30_000)).toBe(true);
    expect(parts.flatMap((p) => (p.kind === 'values' ? p.values : []))).toEqual(big.values);
    const addresses = parts.map((p) => ('address' in p ? p.address : ''));
    expect(addresses[0]).toMatch(/^A1:B\d+$/);
    expect(addresses.at(-1)).toMatch(/^A\d+:B1000$/);
  });

  it('keeps order and puts everything in one sync when it fits', () => {
    const ops: WriteOp[] = [{ kind: 'unprotect', sheet: 'S' }, big, { kind: 'protect', sheet: 'S' }];
    expect(packOps(ops)).toEqual([ops]);
    const groups = packOps(ops, 40_000);
    expect(groups.length).toBeGreaterThan(2);
    expect(groups[0]![0]).toEqual(ops[0]);
    expect(groups.at(-1)!.at(-1)).toEqual(ops[2]);
  });
});
