// The 汇总 sheet (issue 12, points 4 and 5): written by pull in its write sync, by unit and section, with its chart.
import { syntheticPlan, type Writer } from '@plansync/shared';
import { describe, expect, it } from 'vitest';
import { LIGHT_FILL } from '../layout/lights';
import { ROLL_UP_COLUMNS, ROLL_UP_SHEET } from '../layout/roll-up-sheet';
import type { FakeWorkbook } from '../excel-fake';
import { insertPlan } from './insert';
import { pullProgress } from './pull';
import { ROLL_UP_CHART } from './roll-up-ops';
import { ADMIN, JUDGED_ON, editorOf, inserted, seedPlan, setup } from '../test/workbook-fixtures';

const seed = seedPlan();
// A unit leading a counted target (引进 … 名): judged against 序时进度.
const task = seed.tasks.find((t) => t.targets.some((g) => g.min >= 10 && !/[%％]/.test(g.unit)))!;
const target = task.targets.find((g) => g.min >= 10)!;
const lead = task.leadUnit;
const leads = [...new Set(seed.tasks.map((t) => t.leadUnit).filter(Boolean))];
const column = (zh: string) => ROLL_UP_COLUMNS.findIndex((c) => c.zh === zh);

/** The 汇总 sheet's rows, and the row whose first cell is `name` in the block under `heading`. */
function rollUpSheet(book: FakeWorkbook) {
  const sheet = book.sheet(ROLL_UP_SHEET)!;
  const grid = sheet.snapshot();
  const rowOf = (heading: string, name: string) => {
    const start = grid.findIndex((r) => r[0] === heading);
    return grid.findIndex((r, i) => i > start && r[0] === name);
  };
  return { sheet, grid, rowOf };
}

describe('the 汇总 sheet after a pull', () => {
  it('gives the office a line per lead unit, the plan’s total and its sections, in the pull’s 2 syncs', async () => {
    const { book, host, deps } = await inserted(seed, ADMIN);
    const summary = await pullProgress(deps);
    expect(host.stats.syncs).toBe(2);
    expect(summary.rollUp).toBe('written');
    const { grid, rowOf } = rollUpSheet(book);
    expect(String(grid[0]![0])).toBe('汇总（截至6月底）');
    for (const unit of leads) expect(rowOf('按牵头单位', unit)).toBeGreaterThan(0);
    const total = grid[rowOf('按牵头单位', '合计')]!;
    expect(total[column('任务数')]).toBe(seed.tasks.length);
    expect(total[column('指标数')]).toBe(seed.tasks.reduce((n, t) => n + t.targets.length, 0));
    const sections = seed.sections.map((s) => rowOf('按部分', `${'一二三四'[s.number - 1]}、${s.title}`));
    expect(sections.every((r) => r > 0)).toBe(true);
    const sectionTasks = sections.reduce((n, r) => n + Number(grid[r]![column('任务数')]), 0);
    expect(sectionTasks).toBe(seed.tasks.length);
  });

  it('charts 完成率 against 序时进度 by unit, with data bars on 完成率', async () => {
    const { book, api, deps } = await inserted(seed, ADMIN);
    api.writeAs(ADMIN, target.id, Math.floor(target.min / 10));
    await pullProgress(deps);
    const chart = book.chartData(ROLL_UP_SHEET, ROLL_UP_CHART);
    expect(chart.type).toBe('ColumnClustered');
    expect(chart.title).toContain('完成率与序时进度');
    expect(chart.categories).toEqual(leads);
    expect(chart.series.map((s) => s.name)).toEqual(['平均完成率', '序时进度']);
    const completion = chart.series[0]!.values[leads.indexOf(lead)];
    expect(completion).toBeCloseTo(Math.floor(target.min / 10) / target.min, 10);
    expect(chart.series[1]!.values.every((v) => Math.abs(Number(v) - 181 / 365) < 1e-9)).toBe(true);
    const { sheet, rowOf } = rollUpSheet(book);
    const bars = sheet.conditionalFormats.filter((f) => f.type === 'DataBar').map((f) => f.address);
    expect(bars).toContain(`B${rowOf('按牵头单位', leads[0]!) + 1}:B${rowOf('按牵头单位', '合计') + 1}`);
  });

  it('shows a figure behind 序时进度 as 滞后 on red, and marks units not reported after the due day 未报送', async () => {
    const { book, api, deps } = await inserted(seed, ADMIN);
    api.writeAs(editorOf(lead), target.id, Math.floor(target.min / 10));
    await pullProgress(deps);
    const { sheet, grid, rowOf } = rollUpSheet(book);
    const row = rowOf('按牵头单位', lead);
    const red = column('滞后');
    expect(Number(grid[row]![red])).toBeGreaterThan(0);
    expect(sheet.cell(row, red)!.fill).toBe(LIGHT_FILL.red);
    const state = column('报送情况');
    expect(grid[row]![state]).toBe('已报送');
    const silent = leads.find((u) => u !== lead)!;
    expect(grid[rowOf('按牵头单位', silent)]![state]).toBe('未报送');
    expect(sheet.cell(rowOf('按牵头单位', silent), state)!.fill).toBe(LIGHT_FILL.red);
  });

  it('marks nobody 未报送 before the due day: a unit yet to report reads 未到期, unfilled', async () => {
    const { book, deps } = await inserted(seed, ADMIN);
    await pullProgress({ ...deps, asOf: () => '2014-07-03' });
    const { sheet, grid, rowOf } = rollUpSheet(book);
    const state = column('报送情况');
    const row = rowOf('按牵头单位', leads[0]!);
    expect(grid[row]![state]).toBe('未到期');
    expect(sheet.cell(row, state)!.fill).toBeNull();
    expect(grid.some((r) => r[state] === '未报送')).toBe(false);
  });

  it('shows an editor its own unit beside the plan’s total, and charts the two', async () => {
    const { book, deps } = await inserted(seed, editorOf(lead));
    await pullProgress(deps);
    const { grid, rowOf } = rollUpSheet(book);
    const heading = '本单位与全计划';
    expect(grid.slice(rowOf(heading, lead) - 1, rowOf(heading, '合计') + 1).map((r) => r[0])).toEqual([
      '牵头单位',
      lead,
      '合计',
    ]);
    expect(leads.filter((u) => u !== lead).some((u) => grid.some((r) => r[0] === u))).toBe(false);
    expect(book.chartData(ROLL_UP_SHEET, ROLL_UP_CHART).categories).toEqual([lead, '合计']);
  });

  it('shows a read-only token (目督办) every unit, as the office', async () => {
    const viewer: Writer = { role: 'viewer', unit: null, tokenId: 'tok-viewer' };
    const { book, deps } = await inserted(seed, viewer);
    await pullProgress(deps);
    expect(book.chartData(ROLL_UP_SHEET, ROLL_UP_CHART).categories).toEqual(leads);
  });

  it('writes the sheet afresh at every pull, in its place, with one chart', async () => {
    const { book, api, host, deps } = await inserted(seed, ADMIN);
    await pullProgress(deps);
    const place = book.sheets.findIndex((s) => s.name === ROLL_UP_SHEET);
    book.activate('指标');
    api.writeAs(ADMIN, target.id, target.min);
    host.resetStats();
    await pullProgress(deps);
    expect(host.stats.syncs).toBe(2);
    expect(book.sheets.findIndex((s) => s.name === ROLL_UP_SHEET)).toBe(place);
    const { sheet, grid, rowOf } = rollUpSheet(book);
    expect(sheet.charts).toHaveLength(1);
    expect(grid[rowOf('按牵头单位', lead)]![column('平均完成率')]).toBe(1);
    expect(sheet.protected).toBe(true);
  });

  it('leaves alone a sheet named 汇总 that a person made, and says so', async () => {
    const { book, deps } = await inserted(seed, ADMIN);
    book.addSheet(ROLL_UP_SHEET);
    book.type(ROLL_UP_SHEET, 'A1', '我的汇总');
    const summary = await pullProgress(deps);
    expect(summary.rollUp).toBe('user_sheet');
    expect(book.sheet(ROLL_UP_SHEET)!.snapshot()).toEqual([['我的汇总']]);
    expect(book.sheet(ROLL_UP_SHEET)!.charts).toHaveLength(0);
  });

  it('is written by an insert given the assessment, in the insert’s own syncs, and again in place by a re-insert', async () => {
    const { book, api, host, deps } = setup(seed, ADMIN);
    api.writeAs(editorOf(lead), target.id, Math.floor(target.min / 10));
    const judged = () => api.assessment(seed.id, JUDGED_ON);
    const first = await insertPlan(deps, seed, await api.progress(seed.id), await judged());
    expect(host.stats.syncs).toBe(2);
    expect(first.rollUp).toBe('written');
    const { grid, rowOf } = rollUpSheet(book);
    expect(Number(grid[rowOf('按牵头单位', lead)]![column('滞后')])).toBeGreaterThan(0);
    const place = book.sheets.findIndex((s) => s.name === ROLL_UP_SHEET);
    host.resetStats();
    await insertPlan(deps, seed, await api.progress(seed.id), await judged());
    expect(host.stats.syncs).toBeLessThanOrEqual(3);
    expect(book.sheets.findIndex((s) => s.name === ROLL_UP_SHEET)).toBe(place);
    expect(book.sheet(ROLL_UP_SHEET)!.charts).toHaveLength(1);
  });

  it(
    'takes at most 3 syncs for a 10,000-target plan whose every figure changed, every unit listed',
    { timeout: 120_000 },
    async () => {
      const plan = syntheticPlan(10_000);
      const { book, api, host, deps } = await inserted(plan, ADMIN);
      // Another writer changes every figure, in batches of 1,000 as a sync sends them.
      const ids = plan.tasks.flatMap((t) => t.targets).map((t) => t.id);
      for (let i = 0; i < ids.length; i += 1000) {
        const figures = ids.slice(i, i + 1000).map((targetId, k) => ({ targetId, value: k % 97, baseVersion: 0 }));
        await api.as(ADMIN).push(plan.id, { figures }, `all-${i}`);
      }
      host.resetStats();
      await pullProgress(deps);
      expect(host.stats.syncs).toBeLessThanOrEqual(3);
      const units = new Set(plan.tasks.map((t) => t.leadUnit));
      expect(book.chartData(ROLL_UP_SHEET, ROLL_UP_CHART).categories).toHaveLength(units.size);
    },
  );
});
