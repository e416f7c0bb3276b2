import { describe, expect, it } from 'vitest';
import { syntheticPlan } from '@plansync/shared';
import { FakeWorkbook, PAYLOAD_LIMIT, fakeHost } from '../excel-fake';
import { memoryApi } from '../api/memory-api';
import { TARGET_COLUMNS, PROGRESS_COLUMNS, HIDDEN_ROLES } from '../layout/columns';
import { insertPlan } from './insert';
import { syncProgress } from './sync';
import { ADMIN, cellAt, cellOf, editorOf, seedPlan, setup, valueOf } from '../test/workbook-fixtures';

const seed = seedPlan();
const targetCount = seed.tasks.reduce((n, t) => n + t.targets.length, 0);
const busiest = seed.tasks.find((t) => t.targets.length)!.leadUnit;

describe('insertPlan', () => {
  it('writes 计划, 指标 and 进展 for the seed in at most 3 syncs, none over 5 MB', async () => {
    const { book, host, api, deps } = setup(seed, editorOf(busiest));
    await insertPlan(deps, seed, await api.progress(seed.id));
    expect(host.stats.syncs).toBeLessThanOrEqual(3);
    expect(Math.max(...host.stats.requestBytes)).toBeLessThan(PAYLOAD_LIMIT);
    const targets = book.sheet('指标')!.snapshot();
    // 计量单位, not 单位: staff would read 单位 as the unit beside 牵头单位 (issue 12).
    expect(targets[0]!.slice(0, 7)).toEqual(['编号', '任务', '指标', '目标值', '计量单位', '约数', '牵头单位']);
    expect(targets).toHaveLength(targetCount + 1);
    expect(book.sheet('进展')!.snapshot()).toHaveLength(seed.tasks.length + 1);
    const planGrid = book.sheet('计划')!.snapshot();
    expect(planGrid[0]![0]).toBe(seed.title);
    expect(planGrid.filter((r) => typeof r[0] === 'number')).toHaveLength(seed.tasks.length);
    expect(book.tables.map((t) => [t.sheet, t.style])).toEqual([['指标', 'TableStyleLight9']]);
  });

  it('keeps ids as text (4.10 is not 4.1) and computes 完成率 with a formula', async () => {
    const plan = syntheticPlan(40);
    const { book, api, deps } = setup(plan, ADMIN);
    await insertPlan(deps, plan, await api.progress(plan.id));
    expect(
      book
        .sheet('指标')!
        .snapshot()
        .map((r) => r[0]),
    ).toContain('10.4');
    book.sheet('指标')!.protected = false;
    book.type('指标', cellOf(book, '指标', '1.2', 'value'), '10');
    expect(valueOf(book, '指标', '1.2', 'rate')).toBe(0.5);
  });

  it('protects every sheet, unlocks only input cells of rows the unit leads, greys the rest, hides bookkeeping', async () => {
    const { book, api, deps } = setup(seed, editorOf(busiest));
    await insertPlan(deps, seed, await api.progress(seed.id));
    for (const name of ['计划', '指标', '进展']) expect(book.sheet(name)!.protected).toBe(true);
    const mine = seed.tasks.find((t) => t.leadUnit === busiest && t.targets.length)!;
    const other = seed.tasks.find((t) => t.leadUnit !== busiest)!;
    expect(cellAt(book, '指标', mine.targets[0]!.id, 'value')!.locked).toBe(false);
    expect(cellAt(book, '指标', mine.targets[0]!.id, 'note')!.locked).toBe(false);
    expect(cellAt(book, '指标', mine.targets[0]!.id, 'rate')!.locked).toBe(true);
    expect(cellAt(book, '进展', String(other.number), 'status')!.locked).toBe(true);
    expect(cellAt(book, '进展', String(other.number), 'status')!.fill).toBe('#EDEBE9');
    expect(() => book.type('进展', cellOf(book, '进展', String(other.number), 'progress'), 'x')).toThrow(/protected/);
    const hidden = TARGET_COLUMNS.flatMap((c, i) => (HIDDEN_ROLES.includes(c.role) ? [i] : []));
    expect([...book.sheet('指标')!.hiddenColumns].sort((a, b) => a - b)).toEqual(hidden);
    expect(book.sheet('指标')!.frozenRows).toBe(1);
  });

  it('formats input columns so Excel converts less: 完成值 General (its conversions stay visible), text columns @', async () => {
    const { book, api, deps } = setup(seed, ADMIN);
    book.year = 2014;
    await insertPlan(deps, seed, await api.progress(seed.id));
    const id = seed.tasks.flatMap((t) => t.targets)[0]!.id;
    expect(cellAt(book, '指标', id, 'value')!.numberFormat).toBe('General');
    book.type('指标', cellOf(book, '指标', id, 'note'), '5-8');
    book.type('进展', cellOf(book, '进展', '1', 'progress'), '-5人次以内');
    expect(valueOf(book, '指标', id, 'note')).toBe('5-8');
    expect(valueOf(book, '进展', '1', 'progress')).toBe('-5人次以内');
  });

  it('adds list and numeric validation on ExcelApi 1.8 and degrades without it on 1.7', async () => {
    for (const [version, expected] of [
      ['1.8', 2],
      ['1.7', 0],
    ] as const) {
      const { book, api, deps } = setup(seed, ADMIN, version);
      const summary = await insertPlan(deps, seed, await api.progress(seed.id));
      const rules = [...book.sheet('指标')!.validations, ...book.sheet('进展')!.validations];
      expect(rules).toHaveLength(expected);
      if (expected) expect(JSON.stringify(rules)).toContain('未启动,推进中,已完成,滞后');
      // The pane says which build lacks which requirement set, and what was left out.
      expect(summary.degraded ?? []).toEqual(
        expected
          ? []
          : [{ set: 'ExcelApi 1.8', feature: expect.stringContaining('数据验证'), build: 'fake Excel (ExcelApi 1.7)' }],
      );
    }
  });

  it('inserting again updates in place and keeps unsynced edits and synced versions', async () => {
    const { book, api, deps } = setup(seed, ADMIN);
    await insertPlan(deps, seed, await api.progress(seed.id));
    const [a, b] = seed.tasks.flatMap((t) => t.targets).map((t) => t.id);
    book.type('指标', cellOf(book, '指标', a!, 'value'), '12');
    await syncProgress(deps);
    book.type('指标', cellOf(book, '指标', b!, 'value'), '约30');
    book.type('进展', cellOf(book, '进展', '3', 'progress'), '已召开推进会');
    await insertPlan(deps, seed, await api.progress(seed.id));
    expect(valueOf(book, '指标', a!, 'value')).toBe(12);
    expect(valueOf(book, '指标', a!, 'version')).toBe(1);
    expect(valueOf(book, '指标', b!, 'value')).toBe('约30');
    expect(valueOf(book, '进展', '3', 'progress')).toBe('已召开推进会');
    expect(book.sheet('指标')!.snapshot()).toHaveLength(targetCount + 1);
    expect(book.tables).toHaveLength(1);
  });

  it('inserting again lists, opens and reads the sheets in one sync (2 in all), and the long way when one is gone', async () => {
    const { book, host, api, deps } = setup(seed, ADMIN);
    await insertPlan(deps, seed, await api.progress(seed.id));
    const id = seed.tasks.flatMap((t) => t.targets)[0]!.id;
    book.type('指标', cellOf(book, '指标', id, 'value'), '12');
    host.resetStats();
    await insertPlan(deps, seed, await api.progress(seed.id));
    expect(host.stats.syncs).toBe(2);
    expect(valueOf(book, '指标', id, 'value')).toBe(12);
    book.deleteSheet('计划');
    await insertPlan(deps, seed, await api.progress(seed.id));
    expect(book.sheet('计划')!.snapshot()[0]![0]).toBe(seed.title);
    expect(valueOf(book, '指标', id, 'value')).toBe(12);
    expect(['计划', '指标', '进展'].map((s) => book.sheet(s)!.protected)).toEqual([true, true, true]);
  });

  it('shows the server figures on a first insert', async () => {
    const { book, api, deps } = setup(seed, ADMIN);
    const id = seed.tasks.flatMap((t) => t.targets)[0]!.id;
    api.writeAs(editorOf('市人社局'), id, 41);
    await insertPlan(deps, seed, await api.progress(seed.id));
    expect(valueOf(book, '指标', id, 'value')).toBe(41);
    expect(valueOf(book, '指标', id, 'writer')).toBe('市人社局');
    expect(String(valueOf(book, '指标', id, 'state'))).toContain('已同步');
  });

  it('keeps the sync count flat from 1,000 to 10,000 targets and chunks writes under 5 MB', async () => {
    const counts: number[] = [];
    for (const size of [1000, 10000]) {
      const plan = syntheticPlan(size);
      const book = new FakeWorkbook();
      const host = fakeHost(book);
      const api = memoryApi(plan, ADMIN);
      await insertPlan({ host, me: ADMIN, lang: 'zh' }, plan, await api.progress(plan.id));
      expect(Math.max(...host.stats.requestBytes)).toBeLessThan(PAYLOAD_LIMIT);
      counts.push(host.stats.syncs);
      expect(book.sheet('指标')!.snapshot()).toHaveLength(size + 1);
    }
    expect(counts[0]).toBeLessThanOrEqual(3);
    expect(counts[1]).toBeLessThanOrEqual(3 + 1);
  }, 60_000);

  it('refuses to replace another plan whose sheets hold unsynced edits, and replaces it when there are none', async () => {
    const other = syntheticPlan(8, 'other-plan');
    const { book, api, deps } = setup(seed, ADMIN);
    await insertPlan(deps, seed, await api.progress(seed.id));
    const first = seed.tasks.flatMap((t) => t.targets)[0]!.id;
    book.type('指标', cellOf(book, '指标', first, 'value'), '12');
    await expect(insertPlan(deps, other, { planId: other.id, figures: [], reports: [] })).rejects.toMatchObject({
      reason: 'other_plan_edits',
    });
    expect(valueOf(book, '指标', first, 'value')).toBe(12);
    await syncProgress(deps);
    await insertPlan(deps, other, { planId: other.id, figures: [], reports: [] });
    expect(book.sheet('指标')!.snapshot()).toHaveLength(9);
    expect(valueOf(book, '指标', '1.1', 'value')).toBe('');
  });

  it('writes headers in English when asked', async () => {
    const { book, api, deps } = setup(seed, ADMIN);
    await insertPlan({ ...deps, lang: 'en' }, seed, await api.progress(seed.id));
    expect(book.sheet('进展')!.snapshot()[0]!.slice(0, 4)).toEqual(
      PROGRESS_COLUMNS.slice(0, 4).map((c) => c.header.en),
    );
  });
});
