// The version rule: first writes, stale baseVersions as conflicts, ahead-of-server rejected, plan order.
import type { PlanProgress, Writer } from '../progress/schema';
import { describe, expect, it } from 'vitest';
import { applyBatch, type ApplyInput } from './apply-batch';

const writer: Writer = { role: 'editor', unit: '市人社局', tokenId: 'tok_a' };
const empty: PlanProgress = { planId: 'p', figures: [], reports: [] };
let ids = 0;
const input = (progress: PlanProgress, batch: ApplyInput['batch']): ApplyInput => ({
  progress,
  batch,
  writer,
  batchId: 'b1',
  writtenAt: '2014-06-30T08:00:00.000Z',
  newWriteId: () => `w${++ids}`,
  lang: 'zh',
});

describe('applyBatch', () => {
  it('gives first writes version 1 and records old = null in history', () => {
    const outcome = applyBatch(
      input(empty, {
        figures: [{ targetId: '1.2', value: 3, baseVersion: 0 }],
        reports: [{ task: 1, status: 'done', progress: 'ok', baseVersion: 0 }],
      }),
    );
    if (!outcome.ok) throw new Error('expected ok');
    expect(outcome.progress.figures).toEqual([
      expect.objectContaining({ targetId: '1.2', value: 3, note: null, version: 1, batchId: 'b1' }),
    ]);
    expect(outcome.history.map((h) => [h.kind, h.old, h.version])).toEqual([
      ['figure', null, 1],
      ['report', null, 1],
    ]);
    expect(outcome.result.applied).toHaveLength(2);
  });

  it('turns a stale baseVersion into a conflict with the server record and leaves that subject unchanged', () => {
    const first = applyBatch(input(empty, { figures: [{ targetId: '1.1', value: 3, baseVersion: 0 }] }));
    if (!first.ok) throw new Error('expected ok');
    const second = applyBatch(
      input(first.progress, {
        figures: [
          { targetId: '1.1', value: 4, baseVersion: 0 },
          { targetId: '1.2', value: 1, baseVersion: 0 },
        ],
      }),
    );
    if (!second.ok) throw new Error('expected ok');
    expect(second.result.conflicts).toEqual([
      { kind: 'figure', targetId: '1.1', baseVersion: 0, server: first.progress.figures[0] },
    ]);
    expect(second.progress.figures.find((f) => f.targetId === '1.1')).toEqual(first.progress.figures[0]);
    expect(second.history.map((h) => (h.kind === 'figure' ? h.targetId : h.task))).toEqual(['1.2']);
  });

  it('rejects a baseVersion ahead of a never-written subject', () => {
    const outcome = applyBatch(
      input(empty, { reports: [{ task: 2, status: 'behind', progress: '', baseVersion: 2 }] }),
    );
    expect(outcome).toEqual({
      ok: false,
      refusal: {
        reason: 'impossible_base',
        message: expect.objectContaining({ zh: expect.stringContaining('baseVersion') }),
        issues: [expect.objectContaining({ path: 'reports.0.baseVersion', task: 2 })],
      },
    });
  });

  it('keeps figures in plan order: 2.2 before 2.10 before 10.1', () => {
    const outcome = applyBatch(
      input(empty, { figures: ['10.1', '2.10', '2.2'].map((targetId) => ({ targetId, value: 1, baseVersion: 0 })) }),
    );
    if (!outcome.ok) throw new Error('expected ok');
    expect(outcome.progress.figures.map((f) => f.targetId)).toEqual(['2.2', '2.10', '10.1']);
  });
});
