import { describe, expect, it } from 'vitest';
import { ADMIN, cellAt, cellOf, editorOf, seedPlan, setup, valueOf, inserted } from '../test/workbook-fixtures';
import { watchLedgers } from './events';
import { insertPlan } from './insert';
import { pullProgress } from './pull';
import { syncProgress } from './sync';

const seed = seedPlan();
// A count target of the lead unit of the most tasks, e.g. 5个左右顶尖团队.
const task = seed.tasks.find((t) => t.targets.some((x) => x.min === x.max && x.unit !== '%'))!;
const target = task.targets.find((x) => x.min === x.max && x.unit !== '%')!;
const far = String(target.max * 6);

async function watching() {
  const s = await inserted(seed, editorOf(task.leadUnit));
  const watch = (await watchLedgers(s.deps, { waiting: () => {}, selected: () => {}, failed: () => {} }))!;
  const settle = async () => {
    await s.book.events.settled();
    await watch.settled();
  };
  const state = () => String(valueOf(s.book, '指标', target.id, 'state'));
  const type = async (text: string) => {
    s.book.type('指标', cellOf(s.book, '指标', target.id, 'value'), text);
    await settle();
  };
  return { ...s, watch, state, type };
}

describe('请核实: implausible figures are questioned, still sent, and stay marked until a later figure', () => {
  it(`questions ${far} against a target of ${target.max} as typed, sends it as typed, and keeps the mark`, async () => {
    const { state, type, deps, api, book, watch } = await watching();
    await type(far);
    expect(state()).toBe(`● 待同步 · 请核实：${far} 是目标 ${target.max} 的 600%，请确认没有多输`);
    expect(cellAt(book, '指标', target.id, 'value')!.fill).toBe('#FCE4D6');
    await watch.exclusive((host) => syncProgress({ ...deps, host }));
    expect(api.pushes.at(-1)!.batch.figures).toEqual([
      { targetId: target.id, value: Number(far), baseVersion: 0, period: '2014-06' },
    ]);
    expect(state()).toMatch(/^✓ 已同步 · 请核实：/);
    await watch.exclusive((host) => pullProgress({ ...deps, host }));
    expect(state()).toMatch(/^✓ 已同步 · 请核实：/);

    // The correction is lower, but it corrects a questioned figure: nothing to question; the mark goes.
    await type(String(target.max));
    expect(state()).toBe('● 待同步');
    await watch.exclusive((host) => syncProgress({ ...deps, host }));
    expect(state()).toBe('✓ 已同步');
    expect(cellAt(book, '指标', target.id, 'value')!.fill).toBeNull();

    // A cumulative count that falls below what was reported is questioned too.
    await type(String(target.max - 1));
    expect(state()).toBe(`● 待同步 · 请核实：低于本单位已报送的 ${target.max}（累计数一般不会减少）`);
  });

  it('shows the office the question on the figure it pulls, until a later figure clears it', async () => {
    const office = setup(seed, ADMIN);
    await insertPlan(office.deps, seed, await office.api.progress(seed.id));
    office.api.writeAs(editorOf(task.leadUnit), target.id, Number(far));
    await pullProgress(office.deps);
    expect(String(valueOf(office.book, '指标', target.id, 'state'))).toMatch(/请核实：.*600%/);
    await pullProgress(office.deps);
    expect(String(valueOf(office.book, '指标', target.id, 'state'))).toMatch(/请核实：.*600%/);
    office.api.writeAs(editorOf(task.leadUnit), target.id, target.max);
    await pullProgress(office.deps);
    expect(String(valueOf(office.book, '指标', target.id, 'state'))).toBe('✓ 已同步');
  });

  it('takes the factor from the workbook setting', async () => {
    const { state, type, host } = await watching();
    const meta = host.settings.get('plansync') as Record<string, unknown>;
    host.settings.set('plansync', { ...meta, checkFactor: 10 });
    await type(far);
    expect(state()).toBe('● 待同步');
  });
});
