import { describe, expect, it } from 'vitest';
import { pullProgress } from './pull';
import { resolveConflicts } from './resolve';
import { selectCell } from './select';
import { syncProgress } from './sync';
import { cellAt, cellOf, editorOf, leadAndTargets, seedPlan, valueOf, inserted } from '../test/workbook-fixtures';

const seed = seedPlan();
const {
  lead,
  targets: [t1, t2],
} = leadAndTargets(seed);
const admin = { role: 'admin', unit: null, tokenId: 'adm' } as const;

async function syncedTwo() {
  const s = await inserted(seed, editorOf(lead));
  // These figures are far above their targets on purpose; 请核实 is tested in plausibility.test.ts.
  s.host.settings.set('plansync', { ...(s.host.settings.get('plansync') as object), checkFactor: 100 });
  s.book.type('指标', cellOf(s.book, '指标', t1!, 'value'), '10');
  s.book.type('指标', cellOf(s.book, '指标', t2!, 'value'), '20');
  await syncProgress(s.deps);
  s.host.resetStats();
  return s;
}

describe('pullProgress', () => {
  it('updates untouched cells and turns an unsynced edit into a conflict instead of overwriting it, in 2 syncs', async () => {
    const { book, api, host, deps } = await syncedTwo();
    api.writeAs(admin, t1!, 11);
    api.writeAs(admin, t2!, 21);
    book.type('指标', cellOf(book, '指标', t2!, 'value'), '25');
    const summary = await pullProgress(deps);
    expect(host.stats.syncs).toBe(2);
    expect(valueOf(book, '指标', t1!, 'value')).toBe(11);
    expect(valueOf(book, '指标', t1!, 'version')).toBe(2);
    expect(valueOf(book, '指标', t1!, 'writer')).toBe('管理员');
    expect(valueOf(book, '指标', t2!, 'value')).toBe(25);
    expect(summary.updated).toBe(1);
    expect(summary.conflicts).toEqual([expect.objectContaining({ key: t2, mine: '25', theirs: '21' })]);
  });

  it('keeps a conflict across a closed workbook (it lives in hidden cells) and resolves "theirs"', async () => {
    const { book, api, deps } = await syncedTwo();
    api.writeAs(admin, t2!, 21);
    book.type('指标', cellOf(book, '指标', t2!, 'value'), '25');
    await pullProgress(deps);
    const again = await pullProgress(deps);
    expect(again.conflicts.map((c) => c.key)).toEqual([t2]);
    const resolved = await resolveConflicts(deps, [{ kind: 'figure', key: t2!, choice: 'theirs' }]);
    expect(resolved.conflicts).toEqual([]);
    expect(valueOf(book, '指标', t2!, 'value')).toBe(21);
    expect(cellAt(book, '指标', t2!, 'value')!.fill).toBeNull();
    await syncProgress(deps);
    expect(api.pushes).toHaveLength(1);
  });

  it('"mine" keeps the cell and sends it over the server version at the next sync', async () => {
    const { book, api, deps } = await syncedTwo();
    api.writeAs(admin, t2!, 21);
    book.type('指标', cellOf(book, '指标', t2!, 'value'), '25');
    await pullProgress(deps);
    await resolveConflicts(deps, [{ kind: 'figure', key: t2!, choice: 'mine' }]);
    expect(String(valueOf(book, '指标', t2!, 'state'))).toContain('待同步');
    const summary = await syncProgress(deps);
    expect(api.pushes.at(-1)!.batch.figures).toEqual([{ targetId: t2, value: 25, baseVersion: 2, period: '2014-06' }]);
    expect(summary.applied).toBe(1);
    expect(api.figures.get(t2!)?.value).toBe(25);
  });

  it('keeps a bad cell marked through a pull until it is fixed', async () => {
    const { book, deps } = await syncedTwo();
    book.type('指标', cellOf(book, '指标', t2!, 'value'), '约30');
    const summary = await pullProgress(deps);
    expect(summary.invalid.map((c) => c.address)).toEqual([cellOf(book, '指标', t2!, 'value')]);
    expect(cellAt(book, '指标', t2!, 'value')!.fill).toBe('#FDE7E9');
    book.type('指标', cellOf(book, '指标', t2!, 'value'), '30');
    expect((await pullProgress(deps)).invalid).toEqual([]);
    expect(cellAt(book, '指标', t2!, 'value')!.fill).toBeNull();
  });

  it('taking theirs over a bad cell clears its mark along with the typed text', async () => {
    const { book, api, deps } = await syncedTwo();
    api.writeAs(admin, t2!, 21);
    book.type('指标', cellOf(book, '指标', t2!, 'value'), '约30');
    const pulled = await pullProgress(deps);
    expect(pulled.conflicts.map((c) => c.key)).toEqual([t2]);
    expect(pulled.invalid.map((c) => c.address)).toEqual([cellOf(book, '指标', t2!, 'value')]);
    const resolved = await resolveConflicts(deps, [{ kind: 'figure', key: t2!, choice: 'theirs' }]);
    expect(valueOf(book, '指标', t2!, 'value')).toBe(21);
    expect(resolved.invalid).toEqual([]);
    expect(cellAt(book, '指标', t2!, 'value')!.fill).toBeNull();
    expect(String(valueOf(book, '指标', t2!, 'state'))).toContain('已同步');
  });

  it('marks the cells a pull changed and lists them old → new with the writer, in 2 syncs; the next action clears the marks', async () => {
    const { book, api, host, deps } = await syncedTwo();
    api.writeAs(admin, t1!, 11);
    const task = seed.tasks.find((t) => t.leadUnit === lead)!.number;
    await api
      .as(admin)
      .push(
        seed.id,
        { reports: [{ task, status: 'in_progress', progress: '已启动', nextSteps: '年底前完成', baseVersion: 0 }] },
        'k-report',
      );
    const summary = await pullProgress(deps);
    expect(host.stats.syncs).toBe(2);
    expect(summary.pulled).toEqual([
      expect.objectContaining({ address: cellOf(book, '指标', t1!, 'value'), message: '10 → 11（管理员）' }),
      expect.objectContaining({
        sheet: '进展',
        message: '状态：（空） → 推进中；进展情况：（空） → 已启动；下步计划：（空） → 年底前完成（管理员）',
      }),
    ]);
    const changedFill = cellAt(book, '指标', t1!, 'value')!.fill;
    expect(changedFill).toBe('#E3DAF5');
    expect(cellAt(book, '指标', t2!, 'value')!.fill).toBeNull();
    expect(cellAt(book, '指标', t1!, 'note')!.fill).toBeNull();
    expect(cellAt(book, '进展', String(task), 'nextSteps')!.fill).toBe(changedFill);
    expect(cellAt(book, '进展', String(task), 'problems')!.fill).toBeNull();
    await pullProgress(deps);
    expect(cellAt(book, '指标', t1!, 'value')!.fill).toBeNull();
    expect(cellAt(book, '进展', String(task), 'nextSteps')!.fill).toBeNull();
  });

  it('selects a listed cell in one sync', async () => {
    const { book, host, deps } = await syncedTwo();
    await selectCell(deps.host, '指标', 'H3');
    expect(book.selection).toEqual({ sheet: '指标', address: 'H3' });
    expect(host.stats.syncs).toBe(1);
  });
});
