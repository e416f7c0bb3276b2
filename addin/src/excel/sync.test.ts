import { describe, expect, it } from 'vitest';
import { NetworkError } from '../api/errors';
import { readMeta } from './meta';
import { pullProgress } from './pull';
import { syncProgress } from './sync';
import { syntheticPlan } from '@plansync/shared';
import { PAYLOAD_LIMIT } from '../excel-fake';
import { ADMIN, cellAt, cellOf, editorOf, seedPlan, setup, valueOf, inserted } from '../test/workbook-fixtures';

const seed = seedPlan();
const lead = seed.tasks.find((t) => t.targets.length >= 2)!.leadUnit;
const mine = seed.tasks.filter((t) => t.leadUnit === lead);
const [t1, t2, t3] = mine.flatMap((t) => t.targets).map((t) => t.id);
const task = String(mine[0]!.number);

describe('syncProgress', () => {
  it('sends only valid edits in one keyed request for the period reported, marks the bad cell, and writes back versions in 2 syncs', async () => {
    const { book, host, api, deps } = await inserted(seed, editorOf(lead));
    book.type('指标', cellOf(book, '指标', t1!, 'value'), '30');
    book.type('指标', cellOf(book, '指标', t1!, 'note'), '=含外籍人才');
    book.type('指标', cellOf(book, '指标', t2!, 'value'), '约30');
    book.type('进展', cellOf(book, '进展', task, 'status'), '推进中');
    book.type('进展', cellOf(book, '进展', task, 'progress'), '已召开推进会');
    const summary = await syncProgress(deps);
    expect(host.stats.syncs).toBe(2);
    expect(api.pushes).toHaveLength(1);
    expect(api.pushes[0]!.batch).toEqual({
      figures: [{ targetId: t1, value: 30, baseVersion: 0, note: '=含外籍人才', period: '2014-06' }],
      reports: [
        {
          task: Number(task),
          status: 'in_progress',
          progress: '已召开推进会',
          problems: '',
          nextSteps: '',
          baseVersion: 0,
          period: '2014-06',
        },
      ],
    });
    expect(summary).toMatchObject({ sent: 2, applied: 2, unsent: 0 });
    expect(summary.invalid).toEqual([
      expect.objectContaining({
        sheet: '指标',
        address: cellOf(book, '指标', t2!, 'value'),
        message: expect.stringContaining('“约30”不是数字'),
      }),
    ]);
    expect(cellAt(book, '指标', t2!, 'value')!.fill).toBe('#FDE7E9');
    expect(String(valueOf(book, '指标', t2!, 'state'))).toContain('未发送');
    expect(valueOf(book, '指标', t1!, 'version')).toBe(1);
    expect(valueOf(book, '指标', t1!, 'note')).toBe('=含外籍人才');
    expect(String(valueOf(book, '指标', t1!, 'state'))).toContain('已同步');
    expect(valueOf(book, '进展', task, 'status')).toBe('推进中');
    expect(book.sheet('指标')!.protected).toBe(true);
  });

  it.each([
    ['-5', '不能为负数'],
    ['#VALUE!', '错误值'],
    ['1e15', '不是数字'],
    ['99999999999999', '数值过大'],
  ])('refuses %s with a Chinese reason and sends nothing', async (typed, reason) => {
    const { book, api, deps } = await inserted(seed, editorOf(lead));
    book.type('指标', cellOf(book, '指标', t1!, 'value'), typed);
    const summary = await syncProgress(deps);
    expect(api.pushes).toHaveLength(0);
    expect(summary.invalid[0]?.message).toContain(reason);
  });

  it('reads figures as staff write them: 1.5万 and 1,200 are sent, 4,5 and 1,2,3 refused, and says what it read', async () => {
    const { book, api, deps } = await inserted(seed, editorOf(lead));
    book.type('指标', cellOf(book, '指标', t1!, 'value'), '1.5万');
    book.type('指标', cellOf(book, '指标', t2!, 'value'), '1,200');
    book.type('指标', cellOf(book, '指标', t3!, 'value'), '4,5');
    const summary = await syncProgress(deps);
    expect(api.pushes[0]!.batch.figures).toEqual([
      { targetId: t1, value: 15000, baseVersion: 0, period: '2014-06' },
      { targetId: t2, value: 1200, baseVersion: 0, period: '2014-06' },
    ]);
    expect(valueOf(book, '指标', t1!, 'state')).toMatch(/^✓ 已同步（读作 15,000）/);
    expect(summary.invalid).toEqual([
      expect.objectContaining({ message: expect.stringContaining('“4,5”中的逗号不是千位分隔') }),
    ]);
    book.type('指标', cellOf(book, '指标', t3!, 'value'), '1,2,3');
    expect((await syncProgress(deps)).invalid).toHaveLength(1);
    expect(api.pushes).toHaveLength(1);
  });

  it('keeps a note that Excel would take for a formula or strip of its apostrophe exactly as the server has it', async () => {
    const { book, api, deps } = await inserted(seed, editorOf(lead));
    const admin = { role: 'admin', unit: null, tokenId: 'adm' } as const;
    api.writeAs(admin, t1!, 4, '-5人次以内');
    api.writeAs(admin, t2!, 4, "'含2名外籍");
    // A paste from another workbook brings its General format over the note column's text format.
    for (const key of [t1!, t2!]) cellAt(book, '指标', key, 'note')!.numberFormat = 'General';
    await pullProgress(deps);
    expect(valueOf(book, '指标', t1!, 'note')).toBe('-5人次以内');
    expect(valueOf(book, '指标', t2!, 'note')).toBe("'含2名外籍");
    const summary = await syncProgress(deps);
    expect(api.pushes).toHaveLength(0);
    expect(summary.invalid).toEqual([]);
  });

  it('refuses what Excel made a date, and reads a typed 85% as 85 only where the target is counted in %', async () => {
    const plan = structuredClone(seed);
    const percent = plan.tasks.flatMap((t) => t.targets).find((t) => t.id === t3)!;
    percent.unit = '%';
    const s = await inserted(plan, editorOf(lead));
    s.book.type('指标', cellOf(s.book, '指标', t1!, 'value'), '2014/6/30');
    s.book.type('指标', cellOf(s.book, '指标', t2!, 'value'), '85%');
    s.book.type('指标', cellOf(s.book, '指标', t3!, 'value'), '85%');
    expect(cellAt(s.book, '指标', t1!, 'value')!.numberFormat).toBe('yyyy/m/d');
    const summary = await syncProgress(s.deps);
    expect(s.api.pushes[0]!.batch.figures).toEqual([{ targetId: t3, value: 85, baseVersion: 0, period: '2014-06' }]);
    expect(summary.invalid.map((c) => c.message)).toEqual([
      expect.stringContaining('“2014/6/30”被当作日期'),
      expect.stringContaining('“85%”是百分数'),
    ]);
    // What Excel holds stays as it was typed (and still reads the same), so the next sync sends nothing new.
    expect(valueOf(s.book, '指标', t3!, 'value')).toBe(0.85);
    await syncProgress(s.deps);
    expect(s.api.pushes).toHaveLength(1);
  });

  it('writes a pulled figure into a cell a paste left formatted as a date so that it reads as the figure', async () => {
    const { book, api, deps } = await inserted(seed, editorOf(lead));
    cellAt(book, '指标', t1!, 'value')!.numberFormat = 'm"月"d"日"';
    api.writeAs({ role: 'admin', unit: null, tokenId: 'adm' }, t1!, 12);
    await pullProgress(deps);
    expect(cellAt(book, '指标', t1!, 'value')!.numberFormat).toBe('General');
    expect((await syncProgress(deps)).invalid).toEqual([]);
    expect(api.pushes).toHaveLength(0);
  });

  it('sends nothing when nothing changed', async () => {
    const { api, deps, host } = await inserted(seed, editorOf(lead));
    const summary = await syncProgress(deps);
    expect(api.pushes).toEqual([]);
    expect(summary.sent).toBe(0);
    expect(host.stats.syncs).toBeLessThanOrEqual(2);
  });

  it('keeps every edit on a network failure and retries with the same Idempotency-Key, applying once', async () => {
    const { book, api, deps } = await inserted(seed, editorOf(lead));
    book.type('指标', cellOf(book, '指标', t1!, 'value'), '30');
    book.type('指标', cellOf(book, '指标', t3!, 'value'), '8');
    api.dropNextPush(true);
    const failed = await syncProgress(deps);
    expect(failed.failure).toBeInstanceOf(NetworkError);
    expect(failed).toMatchObject({ unsent: 2, applied: 0 });
    expect(valueOf(book, '指标', t1!, 'value')).toBe(30);
    expect(String(valueOf(book, '指标', t1!, 'state'))).toContain('待同步');
    expect(readMeta(deps.host.settings)!.pending).toHaveLength(1);
    const retried = await syncProgress(deps);
    expect(api.pushes.map((p) => p.key)).toEqual([api.pushes[0]!.key, api.pushes[0]!.key]);
    expect(retried).toMatchObject({ applied: 2, conflicts: [] });
    expect(api.figures.get(t1!)?.version).toBe(1);
    expect(valueOf(book, '指标', t1!, 'version')).toBe(1);
    expect(readMeta(deps.host.settings)!.pending).toEqual([]);
  });

  it('turns a stale edit into a conflict showing both values and the other writer', async () => {
    const { book, api, deps } = await inserted(seed, editorOf(lead));
    api.writeAs({ role: 'admin', unit: null, tokenId: 'adm' }, t1!, 45);
    book.type('指标', cellOf(book, '指标', t1!, 'value'), '50');
    const summary = await syncProgress(deps);
    expect(summary.conflicts).toEqual([
      expect.objectContaining({ key: t1, mine: '50', theirs: '45', writer: '管理员' }),
    ]);
    expect(valueOf(book, '指标', t1!, 'value')).toBe(50);
    expect(String(valueOf(book, '指标', t1!, 'state'))).toMatch(/冲突：本表 50；服务器 45（管理员/);
    expect(cellAt(book, '指标', t1!, 'value')!.fill).toBe('#FFF4CE');
  });

  it('reads in chunks when Excel refuses a response over 5 MB, and still sends one request', async () => {
    const plan = syntheticPlan(2000);
    const s = await inserted(plan, ADMIN);
    const note = '人才'.repeat(240);
    s.book.sheet('指标')!.protected = false;
    plan.tasks
      .flatMap((t) => t.targets)
      .forEach((_, i) => {
        s.book.type('指标', `H${i + 2}`, String(i));
        s.book.type('指标', `J${i + 2}`, note);
      });
    await syncProgress(s.deps);
    s.host.resetStats();
    s.book.type('指标', 'H2', '7');
    const summary = await syncProgress(s.deps);
    expect(summary.applied).toBe(1);
    expect(s.host.stats.responseBytes[0]).toBeGreaterThan(PAYLOAD_LIMIT);
    expect(Math.max(...s.host.stats.responseBytes.slice(1))).toBeLessThan(PAYLOAD_LIMIT);
    expect(s.host.stats.syncs).toBeLessThanOrEqual(1 + 4 + 2);
    expect(s.api.pushes).toHaveLength(3);
  }, 60_000);

  it('marks the cells of a batch the server refuses (403) and keeps their edits', async () => {
    const { book, api, deps } = await inserted(seed, editorOf(lead));
    const theirs = seed.tasks.find((t) => t.leadUnit !== lead && t.targets.length)!;
    // The pane believes it is admin (a token whose role was just reduced on the server): the server has the last word.
    const asAdmin = { ...deps, me: { role: 'admin', unit: null, tokenId: 'stale' } as const };
    book.sheet('指标')!.protected = false;
    book.type('指标', cellOf(book, '指标', theirs.targets[0]!.id, 'value'), '9');
    book.type('指标', cellOf(book, '指标', t1!, 'value'), '3');
    const summary = await syncProgress(asAdmin);
    expect(summary.failure).toMatchObject({ status: 403, code: 'forbidden' });
    expect(summary.applied).toBe(0);
    expect(api.figures.size).toBe(0);
    expect(summary.invalid).toEqual([
      expect.objectContaining({
        address: cellOf(book, '指标', theirs.targets[0]!.id, 'value'),
        message: expect.stringContaining('服务器拒绝'),
      }),
    ]);
    expect(valueOf(book, '指标', theirs.targets[0]!.id, 'value')).toBe(9);
    expect(String(valueOf(book, '指标', t1!, 'state'))).toContain('待同步');
  });

  it('refuses to sync a workbook without a plan', async () => {
    const { deps } = setup(seed, editorOf(lead));
    await expect(syncProgress(deps)).rejects.toThrow(/insert/);
  });
});
