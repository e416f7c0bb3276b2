import { describe, expect, it } from 'vitest';
import { ProgressBatchSchema } from '../progress/schema';
import { assignKeys, fingerprint, toBatches } from './batch';

const figures = Array.from({ length: 2500 }, (_, i) => ({ targetId: `${i + 1}.1`, value: i, baseVersion: 0 }));

describe('toBatches', () => {
  it('sends everything in one batch up to the limits, then as few valid batches as needed', () => {
    expect(toBatches(figures.slice(0, 3), [])).toEqual([{ figures: figures.slice(0, 3) }]);
    // 2,500 figures of 2,500 tasks: the task limit (one history write each, issue 10.6) cuts first.
    const batches = toBatches(figures, []);
    expect(batches.map((b) => b.figures?.length)).toEqual([500, 500, 500, 500, 500]);
    for (const b of batches) expect(ProgressBatchSchema.safeParse(b).success).toBe(true);
    expect(toBatches([], [])).toEqual([]);
  });

  it("cuts at the entry limit too, keeping each task's figures and report together", () => {
    const manyPerTask = Array.from({ length: 1500 }, (_, i) => ({
      targetId: `${Math.floor(i / 10) + 1}.${(i % 10) + 1}`,
      value: i,
      baseVersion: 0,
    }));
    const reports = [{ task: 100, status: 'done' as const, progress: '', baseVersion: 0 }];
    const batches = toBatches(manyPerTask, reports);
    expect(batches.map((b) => b.figures?.length)).toEqual([1000, 500]);
    expect(batches[0]!.reports).toEqual(reports); // task 100's figures 991–1000 are in batch 1
    const tasksOf = (b: (typeof batches)[number]) => new Set(b.figures?.map((f) => f.targetId.split('.')[0]));
    expect([...tasksOf(batches[0]!)].filter((t) => tasksOf(batches[1]!).has(t))).toEqual([]);
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
