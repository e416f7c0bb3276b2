import { describe, expect, it } from 'vitest';
import { ProgressBatchSchema } from '../progress/schema';
import { assignKeys, fingerprint, toBatches } from './batch';

const figures = Array.from({ length: 2500 }, (_, i) => ({ targetId: `${i + 1}.1`, value: i, baseVersion: 0 }));

describe('toBatches', () => {
  it('sends everything in one batch up to the entry limit, then as few valid batches as needed', () => {
    expect(toBatches(figures.slice(0, 3), [])).toEqual([{ figures: figures.slice(0, 3) }]);
    const batches = toBatches(figures, []);
    expect(batches.map((b) => b.figures?.length)).toEqual([1000, 1000, 500]);
    for (const b of batches) expect(ProgressBatchSchema.safeParse(b).success).toBe(true);
    expect(toBatches([], [])).toEqual([]);
  });
});

describe('assignKeys', () => {
  it('reuses the pending key for the same batch and makes a new one for a different batch', async () => {
    const [same, other] = [{ figures: figures.slice(0, 2) }, { figures: figures.slice(0, 3) }];
    const pending = [{ key: 'key-1', fingerprint: await fingerprint(same) }];
    let n = 1;
    const keyed = await assignKeys([same, other], pending, () => `key-${++n}`);
    expect(keyed.map((k) => k.key)).toEqual(['key-1', 'key-2']);
  });
});
