// 导入计划 on the fake workbook and the in-memory API: the draft sheet written, corrected, checked and published.
import { DRAFT_SHEET, TARGET_COL, TASK_COL, readPlan } from '@plansync/shared';
import { describe, expect, it } from 'vitest';
import { DRAFT_ERROR_FILL, DRAFT_WARNING_FILL } from '../excel/draft-ops';
import { writeDraft } from '../excel/draft-sheet';
import type { FakeWorkbook } from '../excel-fake';
import { rangeAddress } from '../layout/address';
import { ADMIN, seedPlan, setup } from '../test/workbook-fixtures';
import { createImportActions } from './import-actions';
import { ImportError } from './import-error';

const TEXT = [
  '2015年社区服务工作要点',
  '一、便民服务',
  '1.新建社区养老服务站20个。',
  '2.推进公共自行车建设，新增2000辆。（市城管局、市财政局）',
].join('\n');

const draftRows = (book: FakeWorkbook) => book.sheet(DRAFT_SHEET)!.snapshot();
const rowOf = (book: FakeWorkbook, first: string | number) =>
  draftRows(book).findIndex((r, i) => i > 6 && String(r[0]) === String(first));

function importing() {
  const fixture = setup(seedPlan(), ADMIN);
  return { ...fixture, steps: createImportActions(fixture.host, () => fixture.api) };
}

describe('导入计划', () => {
  it('writes a pasted text into 计划草稿, each warning filled and explained, lead units listed', async () => {
    const { book, host, steps } = importing();
    host.resetStats();
    const step = await steps.fromText('community-2015', TEXT);
    const targets = readPlan(TEXT).plan.tasks.flatMap((t) => t.targets).length;
    expect(step).toEqual({ kind: 'draft', written: { tasks: 2, targets, warnings: 1 } });
    expect(host.stats.syncs).toBe(2);
    const task1 = rowOf(book, 1);
    const lead = book.sheet(DRAFT_SHEET)!.cell(task1, TASK_COL.牵头单位)!;
    expect(lead.fill).toBe(DRAFT_WARNING_FILL);
    expect(draftRows(book)[task1]![TASK_COL.提示]).toMatch(/未找到责任单位/);
    expect(book.sheet(DRAFT_SHEET)!.validations).toContainEqual({
      address: rangeAddress(task1, TASK_COL.牵头单位, task1 + 1, TASK_COL.牵头单位),
      rule: { list: { inCellDropDown: true, source: '=$L$2:$L$3' } },
    });
    expect(book.activeSheet).toBe(DRAFT_SHEET);
  });

  it('marks errors on their cells and sends nothing, then publishes once the admin fixed them', async () => {
    const { book, host, api, steps } = importing();
    await steps.fromText('community-2015', TEXT);
    host.resetStats();
    const refused = await steps.publish();
    expect(refused).toEqual({ kind: 'errors', count: 1 });
    expect(host.stats.syncs).toBe(2); // the read, then the marks
    const task1 = rowOf(book, 1);
    expect(book.sheet(DRAFT_SHEET)!.cell(task1, TASK_COL.牵头单位)!.fill).toBe(DRAFT_ERROR_FILL);
    expect(draftRows(book)[task1]![TASK_COL.提示]).toMatch(/缺少牵头单位/);
    expect((await api.plans()).map((p) => p.id)).toEqual(['chengdu-2014-talent']);

    book.type(DRAFT_SHEET, rangeAddress(task1, TASK_COL.牵头单位), '市民政局');
    const published = await steps.publish();
    expect(published).toEqual({ kind: 'published', plan: expect.objectContaining({ id: 'community-2015', tasks: 2 }) });
    const plan = await api.plan('community-2015');
    expect(plan.tasks.map((t) => t.leadUnit)).toEqual(['市民政局', '市城管局']);
    expect(book.sheet(DRAFT_SHEET)!.cell(task1, TASK_COL.牵头单位)!.fill).toBeNull();
  });

  it('reads the draft in one sync, keeps typed ids such as 4.10 as text, and asks to confirm a re-import', async () => {
    const { book, host, steps } = importing();
    const seed = seedPlan();
    await writeDraft(host, seed, []);
    const row = draftRows(book).length;
    book.type(DRAFT_SHEET, rangeAddress(row, TARGET_COL.编号), '4.10');
    book.type(DRAFT_SHEET, rangeAddress(row, TARGET_COL.任务), '4');
    book.type(DRAFT_SHEET, rangeAddress(row, TARGET_COL.指标), '新增指标');
    book.type(DRAFT_SHEET, rangeAddress(row, TARGET_COL.下限), '3');
    host.resetStats();
    const step = await steps.publish();
    expect(host.stats.syncs).toBe(1);
    expect(step).toEqual({ kind: 'confirm', title: seed.title, diff: expect.objectContaining({ isNew: false }) });
    if (step.kind !== 'confirm') throw new Error('no confirm step');
    expect(step.diff.targets.added).toEqual([{ id: '4.10', task: 4, metric: '新增指标' }]);
    expect(await steps.confirm()).toEqual({ kind: 'published', plan: expect.objectContaining({ targets: 15 }) });
  });

  it('imports a 任务分解表 selected in the workbook', async () => {
    const { book, steps } = importing();
    const rows = [
      ['2016年重点任务分解表', '', '', ''],
      ['序号', '重点任务', '牵头单位', '完成时限'],
      ['1', '新增停车位3000个', '市交委', '10月底'],
      ['2', '建设智慧社区', '市民政局', '12月底'],
    ];
    rows.forEach((r, i) => r.forEach((v, j) => v && book.type('Sheet1', rangeAddress(i, j), v)));
    book.selection = { sheet: 'Sheet1', address: 'A1:D4' };
    const step = await steps.fromSelection('tasks-2016');
    expect(step).toEqual({ kind: 'draft', written: { tasks: 2, targets: 1, warnings: 0 } });
    const task1 = draftRows(book)[rowOf(book, 1)]!;
    expect([task1[TASK_COL.牵头单位], task1[TASK_COL.完成时限]]).toEqual(['市交委', '10月底']);
    expect(draftRows(book)[1]![1]).toBe('2016年重点任务分解表');
  });

  it('refuses a bad plan id or an empty text before anything is read or sent, in Chinese', async () => {
    const { steps } = importing();
    await expect(steps.fromText('Bad Id', TEXT)).rejects.toBeInstanceOf(ImportError);
    await expect(steps.fromText('ok-id', '  ')).rejects.toThrow(/paste/i);
    await expect(steps.publish()).rejects.toMatchObject({ text: { zh: expect.stringMatching(/没有“计划草稿”/) } });
  });

  it('never clears a sheet named 计划草稿 that the add-in did not write, and replaces its own draft', async () => {
    const { book, steps } = importing();
    book.addSheet(DRAFT_SHEET);
    book.type(DRAFT_SHEET, 'A1', '我的笔记');
    await expect(steps.fromText('community-2015', TEXT)).rejects.toMatchObject({
      text: { zh: expect.stringMatching(/不是本加载项创建的/) },
    });
    expect(book.valueAt(DRAFT_SHEET, 0, 0)).toBe('我的笔记');

    const fresh = importing();
    await fresh.steps.fromText('community-2015', TEXT);
    await fresh.steps.fromText('community-2015', TEXT.replace('20个', '30个'));
    expect(draftRows(fresh.book).some((r) => r.includes(30))).toBe(true);
  });
});
