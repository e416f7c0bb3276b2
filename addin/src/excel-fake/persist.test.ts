import { describe, expect, it } from 'vitest';
import { insertPlan } from '../excel/insert';
import { readMeta } from '../excel/meta';
import { pullProgress } from '../excel/pull';
import { ROLL_UP_CHART } from '../excel/roll-up-ops';
import { cellOf, editorOf, seedPlan, setup } from '../test/workbook-fixtures';
import { fakeHost } from './host';
import { workbookFromJson, workbookToJson } from './persist';

describe('fake workbook saved and restored (the playground across a reload)', () => {
  it('keeps cells, formulas, fills, protection, tables, charts and document settings through JSON', async () => {
    const plan = seedPlan();
    const task = plan.tasks.find((t) => t.targets.length)!;
    const lead = task.leadUnit;
    const { book, deps, api } = setup(plan, editorOf(lead));
    await insertPlan(deps, plan, await api.progress(plan.id));
    const value = cellOf(book, '指标', task.targets[0]!.id, 'value');
    book.type('指标', value, '30');
    await pullProgress(deps);
    // A copy left hidden by an insert whose restore failed (excel/backup.ts) stays hidden.
    book.copySheet('进展', 'plansync备份-进展');
    book.sheet('plansync备份-进展')!.visibility = 'Hidden';
    const restored = workbookFromJson(JSON.parse(JSON.stringify(workbookToJson(book))))!;
    for (const name of ['计划', '指标', '进展']) {
      expect(restored.sheet(name)!.snapshot()).toEqual(book.sheet(name)!.snapshot());
      expect(restored.sheet(name)!.protected).toBe(true);
    }
    expect(restored.sheet('plansync备份-进展')!.visibility).toBe('Hidden');
    expect(restored.tables).toEqual(book.tables);
    expect(restored.chartData('汇总', ROLL_UP_CHART)).toEqual(book.chartData('汇总', ROLL_UP_CHART));
    expect(readMeta(fakeHost(restored).settings)).toEqual(readMeta(deps.host.settings));
    // Still protected like before: a locked cell refuses typing, the unlocked input cell takes it.
    expect(() => restored.type('指标', 'A2', 'x')).toThrow(/protected/);
    restored.type('指标', value, '31');
    expect(restored.valueAt('指标', Number(value.slice(1)) - 1, 7)).toBe(31);
  });

  it('starts afresh from anything that is not a saved workbook', () => {
    expect(workbookFromJson(null)).toBeNull();
    expect(workbookFromJson({ version: 0 })).toBeNull();
  });
});
