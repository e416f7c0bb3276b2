import { describe, expect, it } from 'vitest';
import { WorkbookStateError } from '../api/errors';
import { describeError } from '../taskpane/errors';
import { editorOf, seedPlan, setup, valueOf } from '../test/workbook-fixtures';
import { insertPlan } from './insert';
import { syncProgress } from './sync';
import { cellOf } from '../test/workbook-fixtures';

const seed = seedPlan();
const lead = seed.tasks.find((t) => t.targets.length >= 2)!.leadUnit;
const target = seed.tasks.find((t) => t.leadUnit === lead && t.targets.length)!.targets[0]!.id;

describe('a workbook is the user’s', () => {
  it('refuses to insert over a sheet named 指标 that the add-in did not write, naming it and changing nothing', async () => {
    const { book, api, deps } = setup(seed, editorOf(lead));
    book.addSheet('指标');
    book.type('指标', 'A1', '我的指标');
    book.type('指标', 'B2', '42');
    const error = await insertPlan(deps, seed, await api.progress(seed.id)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookStateError);
    expect(describeError(error, 'zh').body).toContain('名为“指标”的工作表');
    expect(book.sheet('指标')!.snapshot()).toEqual([
      ['我的指标', ''],
      ['', 42],
    ]);
    expect(book.sheets.map((s) => s.name)).toEqual(['Sheet1', '指标']);
  });

  it('still inserts over its own sheets when the workbook lost its plan record', async () => {
    const { book, api, deps } = setup(seed, editorOf(lead));
    await insertPlan(deps, seed, await api.progress(seed.id));
    book.settings.clear();
    await insertPlan(deps, seed, await api.progress(seed.id));
    expect(book.sheet('指标')!.protected).toBe(true);
  });
});

describe('protection as Excel has it', () => {
  it('tells which sheet has a password before anything is written or sent, and leaves every sheet protected', async () => {
    const { book, api, deps } = setup(seed, editorOf(lead));
    await insertPlan(deps, seed, await api.progress(seed.id));
    book.type('指标', cellOf(book, '指标', target, 'value'), '30');
    // A person protected 进展 again, with a password.
    book.sheet('进展')!.password = 'secret';
    const error = await syncProgress(deps).catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: 'sheet_password', sheet: '进展' });
    expect(describeError(error, 'zh').body).toContain('工作表“进展”设有密码保护');
    expect(api.pushes).toHaveLength(0);
    expect(book.sheet('指标')!.protected).toBe(true);
    expect(book.sheet('进展')!.protected).toBe(true);
    expect(valueOf(book, '指标', target, 'state')).not.toContain('已同步');
    const again = await insertPlan(deps, seed, await api.progress(seed.id)).catch((e: unknown) => e);
    expect(again).toMatchObject({ reason: 'sheet_password', sheet: '进展' });
    expect(book.sheet('计划')!.protected && book.sheet('指标')!.protected).toBe(true);
  });

  it('unprotects in the read it already makes and protects each sheet once, leaving nothing open', async () => {
    const { book, api, deps, host } = setup(seed, editorOf(lead));
    await insertPlan(deps, seed, await api.progress(seed.id));
    book.sheet('进展')!.protected = false;
    host.resetStats();
    await syncProgress(deps);
    expect(host.stats.syncs).toBe(2);
    expect(book.sheet('指标')!.protected && book.sheet('进展')!.protected).toBe(true);
  });
});
