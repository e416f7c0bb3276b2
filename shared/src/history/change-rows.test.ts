import { describe, expect, it } from 'vitest';
import type { HistoryEntry, Writer } from '../progress/schema';
import { changeRows, fieldChanges } from './change-rows';

const unit: Writer = { role: 'editor', unit: '市人社局', tokenId: 't1' };
const admin: Writer = { role: 'admin', unit: null, tokenId: 't0' };
const stamp = (version: number, writtenAt: string, writer = unit) => ({
  version,
  writer,
  writtenAt,
  writeId: `w${version}`,
  batchId: `b${version}`,
});

const figure = (version: number, old: number | null, value: number, at: string, more = {}): HistoryEntry => ({
  kind: 'figure',
  targetId: '4.1',
  old: old === null ? null : { value: old, note: null },
  new: { value, note: null, ...more },
  ...stamp(version, at),
});

describe('changeRows', () => {
  it('reads a figure written twice as old → new, newest first, with who, when and the period', () => {
    const rows = changeRows(
      [
        figure(1, null, 20, '2014-05-03T02:00:00.000Z', { period: '2014-04' }),
        figure(2, 20, 30, '2014-06-04T02:00:00.000Z', { period: '2014-05' }),
      ],
      'zh',
    );
    expect(rows.map((r) => [r.targetId, r.task, r.field, r.old, r.new, r.period, r.writer, r.version])).toEqual([
      ['4.1', 4, 'value', '20', '30', '2014年5月', '市人社局', 2],
      ['4.1', 4, 'value', '', '20', '2014年4月', '市人社局', 1],
    ]);
  });

  it('gives one row per report field that changed, with the status in words', () => {
    const entry: HistoryEntry = {
      kind: 'report',
      task: 7,
      old: { status: 'in_progress', progress: '已启动', problems: '', nextSteps: '继续' },
      new: { status: 'done', progress: '已启动', problems: '', nextSteps: '总结' },
      ...stamp(3, '2014-07-01T00:00:00.000Z', admin),
    };
    expect(changeRows([entry], 'zh')).toEqual([
      expect.objectContaining({
        task: 7,
        targetId: null,
        field: 'status',
        old: '推进中',
        new: '已完成',
        writer: '管理员',
      }),
      expect.objectContaining({ field: 'nextSteps', old: '继续', new: '总结' }),
    ]);
    expect(changeRows([entry], 'en')[0]).toMatchObject({ old: 'In progress', new: 'Done', writer: 'Admin' });
  });

  it('shows a figure and its note changing in one write, and a write that changed nothing once', () => {
    const both: HistoryEntry = {
      kind: 'figure',
      targetId: '2.3',
      old: { value: 5, note: null },
      new: { value: 6, note: '含区县' },
      ...stamp(2, '2014-08-01T00:00:00.000Z'),
    };
    const same = figure(3, 6, 6, '2014-09-01T00:00:00.000Z', { period: '2014-08' });
    const rows = changeRows([both, same], 'zh');
    expect(rows.map((r) => [r.version, r.field, r.old, r.new, r.period])).toEqual([
      [3, 'value', '6', '6', '2014年8月'],
      [2, 'value', '5', '6', ''],
      [2, 'note', '', '含区县', ''],
    ]);
  });
});

describe('fieldChanges', () => {
  it('gives only the fields whose text differs, with their place among the input cells', () => {
    expect(
      fieldChanges({ kind: 'figure', old: { value: 20, note: '一季度' }, new: { value: 20, note: null } }, 'zh'),
    ).toEqual([{ field: 'note', index: 1, old: '一季度', new: '' }]);
    const report = { status: 'behind', progress: 'a', problems: 'b', nextSteps: 'c' } as const;
    expect(fieldChanges({ kind: 'report', old: report, new: { ...report, problems: 'B' } }, 'en')).toEqual([
      { field: 'problems', index: 2, old: 'b', new: 'B' },
    ]);
    expect(fieldChanges({ kind: 'report', old: report, new: report }, 'zh')).toEqual([]);
  });
});
