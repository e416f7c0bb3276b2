// The real-client lane: the add-in's actions run through Microsoft's Excel client library (excel-web-16.00.js in
// jsdom), which checks every call as it builds the request; request bodies are measured as Excel on the web gets them.
import { syntheticPlan } from '@plansync/shared';
import { describe, expect, it } from 'vitest';
import { memoryApi } from '../../api/memory-api';
import { queueOps } from '../../excel/write-ops';
import { insertPlan } from '../../excel/insert';
import { opBytes, type WriteOp } from '../../excel/ops';
import { pullProgress } from '../../excel/pull';
import { syncProgress } from '../../excel/sync';
import { describeError } from '../../taskpane/errors';
import {
  ADMIN,
  JUDGED_ON,
  cellOf,
  editorOf,
  leadAndTargets,
  seedPlan,
  setup,
  valueOf,
} from '../../test/workbook-fixtures';
import { FakeWorkbook } from '../workbook';
import { ledgerRound } from './ledger-round';
import { realClientHost } from './real-client-host';

const seed = seedPlan();
const {
  lead,
  targets: [t1, t2],
} = leadAndTargets(seed);

function realSetup(plan = seed, me = editorOf(lead)) {
  const book = new FakeWorkbook();
  book.addSheet('Sheet1');
  const host = realClientHost(book);
  const api = memoryApi(plan, me);
  return { book, host, api, deps: { host, api, me, lang: 'zh' as const, asOf: () => JUDGED_ON } };
}

describe('real Excel client lane', () => {
  it('inserts, syncs and pulls the seed as through the fake, waiting out cell-edit mode in every request', async () => {
    const real = realSetup();
    const fake = setup(seed, editorOf(lead));
    for (const s of [real, fake]) {
      await insertPlan(s.deps, seed, await s.api.progress(seed.id));
      s.book.type('指标', cellOf(s.book, '指标', t1!, 'value'), '1.5万');
      s.book.type('指标', cellOf(s.book, '指标', t2!, 'value'), '2014/6/30');
      await syncProgress(s.deps);
      s.api.writeAs(ADMIN, t1!, 16000, '-5人次以内');
      await pullProgress(s.deps);
    }
    // A second pull meets the 汇总 sheet the first wrote: deleted and written again, chart and all.
    for (const s of [real, fake]) await pullProgress(s.deps);
    for (const sheet of ['计划', '指标', '进展', '汇总']) {
      expect(real.book.sheet(sheet)!.snapshot()).toEqual(fake.book.sheet(sheet)!.snapshot());
    }
    expect(real.book.sheet('汇总')!.charts.map(({ name, ...c }) => c)).toEqual(
      fake.book.sheet('汇总')!.charts.map(({ name, ...c }) => c),
    );
    expect(real.book.sheet('汇总')!.charts).toHaveLength(1);
    expect(valueOf(real.book, '指标', t1!, 'note')).toBe('-5人次以内');
    expect(real.host.stats.flags.every((f) => (f & 64) === 64)).toBe(true);
  });

  // Goals (issue 11): insert ≤ 3 syncs, sync and pull 2, insert again 3; Excel on the web refuses a request over
  // 5 MB (5,000,000 here: whether it means 5 MiB only real Excel can say).
  it.each(['admin', 'editor'] as const)(
    'meets every sync goal at 10,000 targets for an %s, every real request under 5 MB',
    async (role) => {
      const { costs, book } = await ledgerRound(syntheticPlan(10_000), role);
      expect(costs.insert.syncs).toBeLessThanOrEqual(3);
      expect(costs.sync.syncs).toBe(2);
      expect(costs.pull.syncs).toBe(2);
      expect(costs.reinsert.syncs).toBeLessThanOrEqual(3);
      for (const cost of Object.values(costs)) expect(cost.bytes).toBeLessThan(5_000_000);
      expect(book.sheet('指标')!.snapshot()).toHaveLength(10_001);
    },
    900_000,
  );

  it('estimates what the real client sends for every kind of op at or above the real bytes', async () => {
    const { book, host } = realSetup();
    book.addSheet('S');
    const at = (i: number) => `B${i + 2}`;
    const ops: WriteOp[] = Array.from({ length: 40 }, (_, i): WriteOp[] => [
      { kind: 'values', sheet: 'S', address: at(i), values: [['人才']] },
      { kind: 'numberFormat', sheet: 'S', address: at(i), formats: [['@']] },
      { kind: 'fill', sheet: 'S', address: at(i), color: i % 2 ? null : '#FDE7E9' },
      { kind: 'style', sheet: 'S', address: at(i), style: { locked: false, width: 40, top: true } },
      { kind: 'validation', sheet: 'S', address: at(i), rule: { list: ['a'] }, message: '请选择' },
      { kind: 'dataBar', sheet: 'S', address: at(i) },
      {
        kind: 'textFills',
        sheet: 'S',
        address: at(i),
        rules: [
          { text: '滞后', fill: '#FFC7CE' },
          { text: 'Behind', fill: '#FFC7CE' },
        ],
      },
      {
        kind: 'chart',
        sheet: 'S',
        source: 'A1:C3',
        name: `完成率${i}`,
        title: '完成率与序时进度',
        from: 'E2',
        to: 'L20',
      },
      // One op over many areas (ExcelApi 1.9), and one format for a whole column.
      {
        kind: 'fill',
        sheet: 'S',
        address: Array.from({ length: 40 }, (__, k) => `C${k * 2 + 2}`).join(','),
        color: '#FFC7CE',
      },
      { kind: 'numberFormat', sheet: 'S', address: `D2:D${i + 5000}`, formats: '@' },
    ]).flat();
    const sheets: WriteOp[] = Array.from({ length: 20 }, (_, i): WriteOp[] => [
      { kind: 'addSheet', sheet: `T${i}`, position: 1 },
      { kind: 'deleteSheet', sheet: `T${i}` },
    ]).flat();
    const big: WriteOp = {
      kind: 'values',
      sheet: 'S',
      address: 'A100:R5099',
      values: Array.from({ length: 5000 }, (_, r) => Array.from({ length: 18 }, (__, c) => `人才${r}-${c}`)),
    };
    for (const group of [ops, sheets, [big]]) {
      host.resetStats();
      await host.run(async (context) => {
        queueOps(context, group);
        await context.sync();
      });
      const estimate = group.reduce((n, op) => n + opBytes(op), 0);
      expect(estimate).toBeGreaterThanOrEqual(host.stats.requestBytes[0]!);
      expect(estimate).toBeLessThan(host.stats.requestBytes[0]! * 1.25);
    }
  });

  it('sends again in halves when Excel on the web answers a large request with GeneralException', async () => {
    const plan = syntheticPlan(3000);
    const { book, host, api, deps } = realSetup(plan, ADMIN);
    host.failNext('GeneralException', 'An internal error has occurred.', 1_000_000);
    await insertPlan(deps, plan, await api.progress(plan.id));
    expect(book.sheet('指标')!.snapshot()).toHaveLength(3001);
    const [refused, ...after] = host.stats.requestBytes.slice(1);
    expect(refused).toBeGreaterThan(1_000_000);
    expect(after.length).toBeGreaterThanOrEqual(2);
    expect(Math.max(...after)).toBeLessThan(refused!);
  }, 60_000);

  it('puts the sheets back, copied and renamed through the real client, when an insert fails halfway', async () => {
    const { book, api, deps } = realSetup();
    await insertPlan(deps, seed, await api.progress(seed.id));
    book.type('指标', cellOf(book, '指标', t1!, 'value'), '1.5万');
    const sheets = () =>
      book.sheets
        .map((s) => [s.name, s.visibility, s.protected, s.snapshot()] as const)
        .sort(([a], [b]) => a.localeCompare(b));
    const [was, tables] = [sheets(), structuredClone(book.tables)];
    book.failCalls(120);
    await expect(insertPlan(deps, seed, await api.progress(seed.id))).rejects.toThrow();
    expect(sheets()).toEqual(was);
    expect(book.tables).toEqual(tables);
    expect(valueOf(book, '指标', t1!, 'value')).toBe('1.5万');
  });

  it('tells the person in Chinese what to do when Excel is in cell-edit mode', async () => {
    const { host, api, deps } = realSetup();
    await insertPlan(deps, seed, await api.progress(seed.id));
    host.failNext(
      'InvalidOperationInCellEditMode',
      'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.',
    );
    const error = await syncProgress(deps).catch((e: unknown) => e);
    expect(describeError(error, 'zh')).toEqual({
      title: 'Excel 正在编辑单元格',
      body: expect.stringContaining('请先按 Enter'),
    });
    expect(describeError(error, 'zh').body).not.toContain('cell-editing');
  });
});
