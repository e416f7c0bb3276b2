// Batch checks against the plan: permissions by lead unit, unknown ids, duplicates.
import { describe, expect, it } from 'vitest';
import { syntheticPlan } from '../plan/synthetic';
import type { Writer } from '../progress/schema';
import { checkBatch } from './check-batch';

// Task 1 is led by 市人社局, task 2 by 市科技局.
const plan = syntheticPlan(8, 'p');
const editor: Writer = { role: 'editor', unit: '市人社局', tokenId: 't' };

describe('checkBatch', () => {
  it('accepts an editor writing only their lead tasks', () => {
    const batch = {
      figures: [{ targetId: '1.1', value: 1, baseVersion: 0 }],
      reports: [{ task: 1, status: 'done' as const, progress: '', baseVersion: 0 }],
    };
    expect(checkBatch(plan, batch, editor, 'zh')).toBeNull();
  });

  it("refuses every entry of another unit's task with that task's lead unit", () => {
    const batch = {
      figures: [{ targetId: '2.1', value: 1, baseVersion: 0 }],
      reports: [{ task: 2, status: 'done' as const, progress: '', baseVersion: 0 }],
    };
    const refusal = checkBatch(plan, batch, editor, 'en');
    expect(refusal?.reason).toBe('forbidden_entries');
    expect(refusal?.issues).toEqual([
      {
        path: 'figures.0',
        targetId: '2.1',
        task: 2,
        leadUnit: '市科技局',
        message: expect.stringContaining('市科技局'),
      },
      { path: 'reports.0', task: 2, leadUnit: '市科技局', message: expect.stringContaining('lead unit') },
    ]);
  });

  it('forbids viewers everything and allows admins everything', () => {
    const batch = { figures: [{ targetId: '2.1', value: 1, baseVersion: 0 }] };
    const viewer = checkBatch(plan, batch, { role: 'viewer', unit: null, tokenId: 'v' }, 'zh');
    expect(viewer?.issues).toHaveLength(1);
    expect(checkBatch(plan, batch, { role: 'admin', unit: null, tokenId: 'a' }, 'zh')).toBeNull();
  });

  it('refuses unknown ids and duplicates as invalid before looking at permission', () => {
    const batch = {
      figures: [
        { targetId: '3.1', value: 1, baseVersion: 0 },
        { targetId: '1.1', value: 1, baseVersion: 0 },
        { targetId: '1.1', value: 2, baseVersion: 0 },
        { targetId: '2.1', value: 2, baseVersion: 0 },
      ],
      reports: [{ task: 7, status: 'done' as const, progress: '', baseVersion: 0 }],
    };
    const refusal = checkBatch(plan, batch, editor, 'zh');
    expect(refusal?.reason).toBe('invalid_entries');
    expect(refusal?.issues.map((i) => i.path)).toEqual(['figures.0.targetId', 'figures.2.targetId', 'reports.0.task']);
  });
});
