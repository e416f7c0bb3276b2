import { describe, expect, it } from 'vitest';
import { figureCodec, syntheticPlan, typedCells, type Plan } from '@plansync/shared';
import { columnLetter, parseAddress, rangeAddress, runs } from './address';
import { indexOf } from './columns';
import { buildLedger } from './build';
import { CELL_CHARS, encodeRow, literal } from './encode';
import { freshRow } from './ledger';
import { planSheet } from './plan-sheet';
import { reportLedger } from './report-ledger';
import { figureLedger } from './figure-ledger';
import { targetBounds, targetCell } from './target-cell';

const plan: Plan = syntheticPlan(8);
const all = () => true;

describe('addresses', () => {
  it('round-trips column letters and ranges', () => {
    expect([0, 25, 26, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
    expect(rangeAddress(1, 0, 10, 17)).toBe('A2:R11');
    expect(parseAddress('指标!A2:R11')).toEqual({ row: 1, col: 0, lastRow: 10, lastCol: 17 });
  });
  it('groups consecutive equal keys into runs', () => {
    expect(runs(['a', 'a', null, 'a', 'b'], (x) => x)).toEqual([
      { first: 0, last: 1, key: 'a' },
      { first: 3, last: 3, key: 'a' },
      { first: 4, last: 4, key: 'b' },
    ]);
  });
});

describe('cell text', () => {
  it('never lets text become a formula, a number or a date, and keeps a leading apostrophe', () => {
    expect(literal('=SUM(A1)')).toBe("'=SUM(A1)");
    for (const text of ['-5人次以内', '+3', '@abc', "'含2名外籍", '5-8', '1/2', '85%', '1,200', '2014/6/30', 'TRUE']) {
      expect(literal(text)).toBe(`'${text}`);
    }
    expect(literal('正常文字')).toBe('正常文字');
    expect(literal('1.5万')).toBe('1.5万');
    expect(literal(5)).toBe(5);
  });
  it('cuts text past 32,767 characters with an ellipsis', () => {
    const cut = literal('进'.repeat(40_000)) as string;
    expect(cut).toHaveLength(CELL_CHARS);
    expect(cut.endsWith('进…')).toBe(true);
  });
  it('shows a range with an en dash so Excel does not read a date', () => {
    expect(targetCell({ min: 5, max: 8 })).toBe('5–8');
    expect(targetCell({ min: 10_000, max: 20_000 })).toBe('10,000–20,000');
    expect(targetBounds(targetCell({ min: 10_000, max: 20_000 }))).toEqual({ min: 10_000, max: 20_000 });
    expect(targetCell({ min: 50, max: 50 })).toBe(50);
  });
  it('reads back the bounds it wrote, for 完成率 and the plausibility check', () => {
    for (const bounds of [
      { min: 5, max: 8 },
      { min: 50, max: 50 },
      { min: 0.5, max: 1.5 },
    ])
      expect(targetBounds(targetCell(bounds))).toEqual(bounds);
    expect(targetBounds('')).toEqual({ min: NaN, max: NaN });
  });
});

describe('targets ledger', () => {
  it('encodes a row: key as text, 完成率 against the lower bound, hidden bookkeeping at the end', () => {
    const subject = figureLedger.subjects(plan, 'zh')[0]!;
    const cells = encodeRow(figureLedger, freshRow(figureLedger, subject, true), 0, 'zh');
    expect(cells.slice(0, 8)).toEqual(["'1.1", 1, '新建第1类示范基地1', 10, '个', '', plan.tasks[0]!.leadUnit, '']);
    expect(cells[8]).toBe('=IF(AND(ISNUMBER(H2),H2>=0,H2<=1000000000000,LEFT(O2,1)<>"✗"),H2/10,"")');
    expect(cells).toHaveLength(figureLedger.columns.length);
  });

  it('marks rows the unit may not write as read-only', () => {
    const subject = figureLedger.subjects(plan, 'zh')[0]!;
    const cells = encodeRow(figureLedger, freshRow(figureLedger, subject, false), 0, 'en');
    expect(cells[indexOf(figureLedger.columns, 'state')]).toBe('Read-only');
  });
});

describe('progress ledger', () => {
  it('shows status labels in the chosen language', () => {
    expect(reportLedger.show(['in_progress', 'a', '', ''], 'zh')).toEqual(['推进中', 'a', '', '']);
    expect(reportLedger.show(['推进中', 'a', '', ''], 'en')[0]).toBe('In progress');
    expect(reportLedger.show(['差不多', '', '', ''], 'zh')[0]).toBe('差不多');
  });
});

describe('buildLedger', () => {
  const stamp = {
    writer: { role: 'admin', unit: null, tokenId: 'a' },
    writtenAt: '2026-03-01T00:00:00.000Z',
    writeId: 'w',
    batchId: 'b',
  } as const;

  it('carries typed cells over, merges the server like a pull, and keeps orphaned edits at the end', () => {
    const first = buildLedger(figureLedger, plan, [], [], all, 'zh');
    const edited = first.map((r) => (r.key === '1.2' ? { ...r, ...typedCells(figureCodec, [7, '']) } : r));
    const orphan = { ...first[0]!, key: '99.1', ...typedCells(figureCodec, ['约5', '']) };
    const server = [
      { targetId: '1.1', value: 3, note: null, version: 1, ...stamp },
      { targetId: '1.2', value: 9, note: null, version: 1, ...stamp },
    ];
    const rows = buildLedger(figureLedger, plan, [...edited, orphan], server, all, 'zh');
    expect(rows.map((r) => r.key)).toEqual([...first.map((r) => r.key), '99.1']);
    expect(rows[0]).toMatchObject({ cells: [3, ''], version: 1 });
    expect(rows[1]).toMatchObject({ cells: [7, ''], version: 0, conflict: { value: 9 } });
    expect(rows.at(-1)).toMatchObject({ key: '99.1', writable: false });
  });

  it('drops orphans without edits', () => {
    const first = buildLedger(figureLedger, plan, [], [], all, 'zh');
    expect(buildLedger(figureLedger, syntheticPlan(4), first, [], all, 'zh')).toHaveLength(4);
  });
});

describe('planSheet', () => {
  it('lists every section heading and task with lead unit and co-units', () => {
    const { values, sectionRows } = planSheet(plan, 'zh');
    expect(values[1]).toEqual(['序号', '工作任务', '任务内容', '牵头单位', '配合单位', '指标数']);
    expect(sectionRows.map((r) => values[r]![0])).toEqual(['一', '二']);
    const task = values.find((r) => r[0] === 1)!;
    expect(task[3]).toBe(plan.tasks[0]!.leadUnit);
    expect(task[4]).toBe([...plan.tasks[0]!.units.slice(1), ...plan.tasks[0]!.groups].join('、'));
  });
});
