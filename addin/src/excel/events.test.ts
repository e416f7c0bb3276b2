import { syntheticPlan, type Plan, type Writer } from '@plansync/shared';
import { describe, expect, it } from 'vitest';
import { parseAddress, rangeAddress } from '../layout/address';
import { indexOf } from '../layout/columns';
import { figureLedger } from '../layout/figure-ledger';
import {
  ADMIN,
  cellAt,
  cellOf,
  editorOf,
  leadAndTargets,
  seedPlan,
  valueOf,
  inserted,
} from '../test/workbook-fixtures';
import { changedRows, watchLedgers, type WaitingCount } from './events';
import type { LockedCell, SelectedSubject } from './explain';
import { pullProgress } from './pull';
import { syncProgress } from './sync';

const seed = seedPlan();
const {
  lead,
  targets: [t1, t2],
} = leadAndTargets(seed);
const others = seed.tasks.find((t) => t.leadUnit !== lead && t.targets.length)!;

async function watching(plan: Plan = seed, me: Writer = editorOf(lead), apiVersion = '1.8') {
  const s = await inserted(plan, me, apiVersion);
  const seen = {
    waiting: [] as WaitingCount[],
    selected: [] as (LockedCell | null)[],
    subjects: [] as (SelectedSubject | null)[],
    failed: [] as unknown[],
  };
  const watch = await watchLedgers(s.deps, {
    waiting: (c) => seen.waiting.push(c),
    selected: (c) => seen.selected.push(c),
    subject: (c) => seen.subjects.push(c),
    failed: (e) => seen.failed.push(e),
  });
  /** Lets Excel deliver its events and the watcher finish its runs. */
  const settle = async () => {
    await s.book.events.settled();
    await watch!.settled();
  };
  s.host.resetStats();
  return { ...s, watch: watch!, seen, settle, last: () => seen.waiting[seen.waiting.length - 1] };
}

const state = (book: Parameters<typeof valueOf>[0], key: string) => String(valueOf(book, '指标', key, 'state'));

describe('watchLedgers: marks as staff type', () => {
  it('marks a typed figure 待同步 at once, in one read and one write, and counts it', async () => {
    const { book, host, settle, last, seen } = await watching();
    book.type('指标', cellOf(book, '指标', t1!, 'value'), '30');
    await settle();
    expect(state(book, t1!)).toBe('● 待同步');
    expect(host.stats.syncs).toBe(2);
    expect(last()).toEqual({ pending: 1, invalid: 0 });
    expect(seen.failed).toEqual([]);
  });

  it('marks and explains a bad entry at once, hides its 完成率, and clears the mark once corrected', async () => {
    const { book, settle, last } = await watching();
    const value = cellOf(book, '指标', t1!, 'value');
    book.type('指标', value, '-5');
    await settle();
    expect(state(book, t1!)).toMatch(/^✗ 未发送：完成值不能为负数/);
    expect(cellAt(book, '指标', t1!, 'value')!.fill).toBe('#FDE7E9');
    expect(valueOf(book, '指标', t1!, 'rate')).toBe('');
    expect(last()).toEqual({ pending: 0, invalid: 1 });

    book.type('指标', value, '3');
    await settle();
    expect(state(book, t1!)).toBe('● 待同步');
    expect(cellAt(book, '指标', t1!, 'value')!.fill).toBeNull();
    expect(valueOf(book, '指标', t1!, 'rate')).toBeGreaterThan(0);
    expect(last()).toEqual({ pending: 1, invalid: 0 });
  });

  it('costs one read and one write for a 500-cell paste on a 10,000-target plan', async () => {
    const plan = syntheticPlan(10_000);
    const { book, host, settle, last } = await watching(plan, ADMIN);
    const col = indexOf(figureLedger.columns, 'value');
    book.paste(
      '指标',
      rangeAddress(1, col),
      Array.from({ length: 500 }, (_, i) => [i === 7 ? '约30' : String(i)]),
    );
    await settle();
    expect(host.stats.syncs).toBe(2);
    expect(last()).toEqual({ pending: 499, invalid: 1 });
    expect(String(book.valueAt('指标', 8, indexOf(figureLedger.columns, 'state')))).toContain('约30');
    expect(String(book.valueAt('指标', 500, indexOf(figureLedger.columns, 'state')))).toMatch(/^● 待同步/);
    expect(String(book.valueAt('指标', 501, indexOf(figureLedger.columns, 'state')))).toBe('');
  }, 60_000);

  it('coalesces cells typed one after another before the first run starts into one read and one write', async () => {
    const { book, host, settle, last } = await watching();
    book.type('指标', cellOf(book, '指标', t1!, 'value'), '1');
    book.type('指标', cellOf(book, '指标', t2!, 'value'), '2');
    book.type('指标', cellOf(book, '指标', t1!, 'note'), '含外籍');
    await settle();
    expect(host.stats.syncs).toBe(2);
    expect(last()).toEqual({ pending: 2, invalid: 0 });
  });

  it("is not triggered by the add-in's own writes: sync and pull cost their own syncs only", async () => {
    const { book, host, settle, deps, api, seen, watch } = await watching();
    book.type('指标', cellOf(book, '指标', t1!, 'value'), '30');
    await settle();
    host.resetStats();
    const counts = seen.waiting.length;
    await watch.exclusive((h) => syncProgress({ ...deps, host: h }));
    await settle();
    expect(host.stats.syncs).toBe(2);
    expect(state(book, t1!)).toBe('✓ 已同步');

    // Another unit's figure comes in by pull: the cells the add-in writes raise events, which are its own.
    api.writeAs(ADMIN, t2!, 9);
    const raised = book.events.raised.length;
    host.resetStats();
    await watch.exclusive((h) => pullProgress({ ...deps, host: h }));
    await settle();
    expect(host.stats.syncs).toBe(2);
    expect(valueOf(book, '指标', t2!, 'value')).toBe(9);
    expect(book.events.raised.length).toBeGreaterThan(raised);
    expect(seen.waiting.length).toBe(counts);
  });

  it('tells its own writes apart by triggerSource where Excel gives it (ExcelApi 1.14)', async () => {
    const { book, host, settle, deps, api, watch } = await watching(seed, editorOf(lead), '1.14');
    api.writeAs(ADMIN, t2!, 9);
    await watch.exclusive((h) => pullProgress({ ...deps, host: h }));
    host.resetStats();
    await settle();
    expect(host.stats.syncs).toBe(0);
    expect(book.events.raised.some((e) => 'triggerSource' in e && e.triggerSource === 'ThisLocalAddin')).toBe(true);
  });
});

describe('watchLedgers: locked cells explain themselves', () => {
  it("says whose row a selected input cell of another unit is, and nothing for the token's own rows", async () => {
    const { book, settle, seen } = await watching();
    const target = others.targets[0]!.id;
    book.select('指标', cellOf(book, '指标', target, 'value'));
    await settle();
    expect(seen.selected).toEqual([
      expect.objectContaining({ leadUnit: others.leadUnit, reason: 'other_unit', label: `指标 ${target} 完成值` }),
    ]);
    book.select('指标', cellOf(book, '指标', t1!, 'value'));
    await settle();
    expect(seen.selected.at(-1)).toBeNull();
  });

  it('tells a read-only token that it may write nothing', async () => {
    const { book, settle, seen } = await watching(seed, { role: 'viewer', unit: null, tokenId: 'tok-viewer' });
    book.select('指标', cellOf(book, '指标', t1!, 'value'));
    await settle();
    expect(seen.selected).toEqual([expect.objectContaining({ leadUnit: lead, reason: 'read_only' })]);
  });
});

describe('watchLedgers: the selected figure or report, for its history', () => {
  it('names the target of a selected 完成值 or 备注 cell and the task of a report cell, whoever leads it', async () => {
    const { book, settle, seen, host } = await watching();
    const target = others.targets[0]!.id;
    host.resetStats();
    book.select('指标', cellOf(book, '指标', target, 'note'));
    await settle();
    expect(host.stats.syncs).toBe(1);
    expect(seen.subjects).toEqual([
      expect.objectContaining({ targetId: target, task: others.number, label: `指标 ${target} 备注` }),
    ]);
    book.select('指标', cellOf(book, '指标', t1!, 'value'));
    await settle();
    expect(seen.subjects.at(-1)).toEqual(expect.objectContaining({ targetId: t1, label: `指标 ${t1} 完成值` }));
    book.select('进展', cellOf(book, '进展', String(others.number), 'nextSteps'));
    await settle();
    expect(seen.subjects.at(-1)).toEqual(
      expect.objectContaining({ targetId: null, task: others.number, label: `进展 任务${others.number} 下步计划` }),
    );
    book.select('指标', cellOf(book, '指标', t1!, 'metric'));
    await settle();
    expect(seen.subjects.at(-1)).toBeNull();
  });
});

describe('watchLedgers: where the requirement set is missing', () => {
  it('watches nothing below ExcelApi 1.7', async () => {
    const s = await inserted(seed, editorOf(lead), '1.6');
    const ignore = () => undefined;
    expect(await watchLedgers(s.deps, { waiting: ignore, selected: ignore, failed: ignore })).toBeNull();
  });
});

describe('changedRows', () => {
  const { col } = parseAddress(`H1`);
  it('maps cell, block, column, row and multi-area addresses to the data rows they touch in input columns', () => {
    const c = figureLedger.columns;
    expect(changedRows(c, 'H5', 20)).toEqual({ first: 3, last: 3 });
    expect(changedRows(c, 'H2:J501', 20)).toEqual({ first: 0, last: 19 });
    expect(changedRows(c, 'H:H', 20)).toEqual({ first: 0, last: 19 });
    expect(changedRows(c, '3:4', 20)).toEqual({ first: 1, last: 2 });
    expect(changedRows(c, 'A2:C9, J7', 20)).toEqual({ first: 5, last: 5 });
    expect(changedRows(c, 'K2:K9', 20)).toBeNull();
    expect(changedRows(c, 'H1', 20)).toBeNull();
    expect(col).toBe(7);
  });
});
