// Benchmark push lanes: disjoint subjects, valid batches, versions carried forward.
import { ProgressBatchSchema, syntheticPlan, type PushResult } from '@plansync/shared';
import { describe, expect, it } from 'vitest';
import { batchFor, pushLanes, subjectsOf, trackVersions } from './push-lanes';

describe('push lanes', () => {
  const plan = syntheticPlan(40, 'p'); // 40 targets + 10 tasks = 50 subjects

  it('gives each lane its own subjects, as valid batches at the current versions', () => {
    const versions = new Map([['f:1.1', 3]]);
    const lanes = pushLanes(plan, versions, 10, 4, 'http://x/progress', 'tok');
    expect(lanes).toHaveLength(4);
    const bodies = lanes.map((lane) => ProgressBatchSchema.parse(JSON.parse(lane.next().init!.body as string)));
    const ids = bodies.flatMap((b) => [
      ...(b.figures ?? []).map((f) => f.targetId),
      ...(b.reports ?? []).map((r) => `task ${r.task}`),
    ]);
    expect(new Set(ids).size).toBe(40);
    expect(bodies[0]!.figures![0]).toEqual(expect.objectContaining({ targetId: '1.1', baseVersion: 3 }));
    expect(pushLanes(plan, versions, 100, 4, 'u', 't')).toEqual([]);
  });

  it('moves versions forward from applied entries and conflicts', () => {
    const versions = new Map<string, number>();
    const writer = { role: 'admin' as const, unit: null, tokenId: 't' };
    const stamp = { writer, writtenAt: '2014-06-30T00:00:00.000Z', writeId: 'w', batchId: 'b' };
    const result: PushResult = {
      batchId: 'b',
      replayed: false,
      applied: [{ kind: 'figure', targetId: '1.1', version: 2, ...stamp }],
      conflicts: [
        {
          kind: 'report',
          task: 1,
          baseVersion: 0,
          server: { task: 1, status: 'done', progress: '', problems: '', nextSteps: '', version: 5, ...stamp },
        },
      ],
    };
    trackVersions(versions, result);
    expect(batchFor(subjectsOf(plan).slice(0, 1), versions).figures![0]!.baseVersion).toBe(2);
    expect(versions.get('r:1')).toBe(5);
  });
});
