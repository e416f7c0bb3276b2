import { describe, expect, it } from 'vitest';
import type { ReportState, ReportValue } from '../progress/schema';
import type { CellValue } from './cell';
import { figureCodec, reportCodec } from './codec';
import { diffRows } from './diff';
import { typedCells } from './row';
import { figureRow, figureState } from './fixtures';

describe('diffRows (figures)', () => {
  it('sends only changed cells, each against the version last seen', () => {
    const rows = [
      figureRow('1.1', [30, ''], { version: 2, synced: { value: 20, note: null } }),
      figureRow('1.2', [20, ''], { version: 1, synced: { value: 20, note: null } }),
      figureRow('1.3', ['', '']),
      figureRow('1.4', [5, '含外籍人才']),
    ];
    const diff = diffRows(figureCodec, rows);
    expect(diff.inputs).toEqual([
      { targetId: '1.1', value: 30, baseVersion: 2 },
      { targetId: '1.4', value: 5, baseVersion: 0, note: '含外籍人才' },
    ]);
    expect(diff.invalid).toEqual([]);
  });

  it('never sends a bad cell and says which one and why', () => {
    const rows = [
      figureRow('2.1', ['约30', '']),
      figureRow('2.2', [-1, '']),
      figureRow('2.3', ['#VALUE!', '']),
      figureRow('2.4', ['', 'x'.repeat(501)]),
      figureRow('2.5', [12, '']),
    ];
    const diff = diffRows(figureCodec, rows);
    expect(diff.inputs).toEqual([{ targetId: '2.5', value: 12, baseVersion: 0 }]);
    expect(diff.invalid.map((i) => [i.key, i.field, i.problem.code])).toEqual([
      ['2.1', 0, 'not_a_number'],
      ['2.2', 0, 'negative'],
      ['2.3', 0, 'error_value'],
      ['2.4', 1, 'too_long'],
    ]);
  });

  it('refuses clearing a synced value, edits in rows of another unit, and holds back open conflicts', () => {
    const synced = { value: 10, note: null };
    const server = figureState('3.3', 11, 2);
    const rows = [
      figureRow('3.1', ['', ''], { version: 1, synced }),
      figureRow('3.2', [12, ''], { writable: false, leadUnit: '市科技局' }),
      figureRow('3.3', [12, ''], { version: 1, synced, conflict: server }),
    ];
    const diff = diffRows(figureCodec, rows);
    expect(diff.inputs).toEqual([]);
    expect(diff.invalid.map((i) => [i.key, i.problem.code, i.problem.limit])).toEqual([
      ['3.1', 'cleared', undefined],
      ['3.2', 'forbidden', '市科技局'],
    ]);
    expect(diff.conflicted).toEqual(['3.3']);
  });
});

describe('diffRows (reports)', () => {
  const row = (cells: CellValue[], synced: ReportValue | null = null) => ({
    key: '4',
    ...typedCells(reportCodec, cells),
    version: synced ? 1 : 0,
    synced,
    conflict: null as ReportState | null,
    writable: true,
    leadUnit: '市委组织部',
  });

  it('sends a report with its status code and texts', () => {
    const diff = diffRows(reportCodec, [row(['推进中', '已召开会议', '', '下月验收'])]);
    expect(diff.inputs).toEqual([
      { task: 4, status: 'in_progress', progress: '已召开会议', problems: '', nextSteps: '下月验收', baseVersion: 0 },
    ]);
  });

  it('needs a status before the texts can go', () => {
    const diff = diffRows(reportCodec, [row(['', '已召开会议', '', ''])]);
    expect(diff.invalid.map((i) => i.problem.code)).toEqual(['missing_status']);
  });

  it('sees no change when the cells show what was synced', () => {
    const synced = { status: 'done', progress: 'ok', problems: '', nextSteps: '' } as const;
    expect(diffRows(reportCodec, [row(['已完成', 'ok', '', ''], synced)]).inputs).toEqual([]);
  });
});
