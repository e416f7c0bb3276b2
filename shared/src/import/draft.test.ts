// The 计划草稿 round trip (plan → draft grid → the same plan) and the errors an admin can act on, cell by cell.
import { describe, expect, it } from 'vitest';
import type { Plan, PlanWarning } from '../plan/schema';
import { readSeedPlan } from '../plan/seed-plan';
import { syntheticPlan } from '../plan/synthetic';
import type { CellValue } from '../sync/cell';
import { DRAFT_WIDTH, TARGET_COL, TASK_COL, draftLayout } from './draft-layout';
import { readDraft } from './draft-read';

const seed = readSeedPlan();

/** The grid as Excel would give it back: a copy the test can type into. */
const gridOf = (plan: Plan, warnings: PlanWarning[] = []) => {
  const layout = draftLayout(plan, warnings);
  return { layout, grid: layout.values.map((r): CellValue[] => [...r]) };
};

describe('draft round trip', () => {
  it('gives back the seed plan exactly', () => {
    const { grid, layout } = gridOf(seed);
    expect([layout.taskCount, layout.targetCount]).toEqual([23, 14]);
    expect(readDraft(grid)).toEqual({ plan: seed, errors: [] });
  });

  it('keeps directions, ranges, deadlines, catch-all groups and a 1,000-target plan', () => {
    // The draft keeps a task's text; its title is the text's first sentence, as the parser reads it.
    const synthetic = syntheticPlan(1000, 'big');
    const plan = {
      ...synthetic,
      tasks: synthetic.tasks.map((t) => ({ ...t, title: t.text.slice(0, t.text.indexOf('。')) })),
    };
    const task = plan.tasks[0]!;
    plan.tasks[0] = {
      ...task,
      dueBy: '10月底',
      groups: ['市人才工作领导小组有关成员单位', '各区（市）县人才工作领导小组'],
      targets: task.targets.map((t, i) => ({
        ...t,
        direction: (['at_least', 'at_most', 'about', 'exact'] as const)[i]!,
        max: t.min + i,
        approximate: i === 2,
      })),
    };
    expect(readDraft(gridOf(plan).grid).plan).toEqual(plan);
  });

  it('reads cells the way Excel returns them: numbers as numbers, ids as text, blank rows skipped', () => {
    const { grid, layout } = gridOf(seed);
    const first = layout.taskHeaderRow + 1;
    grid[first]![TASK_COL.序号] = String(grid[first]![TASK_COL.序号]);
    grid.splice(first + 1, 0, Array<CellValue>(DRAFT_WIDTH).fill(null));
    expect(readDraft(grid).plan).toEqual(seed);
  });

  it('shows each warning on its cell, with the reason in 提示', () => {
    const warnings: PlanWarning[] = [
      { task: 2, kind: 'no_lead', quote: '', message: { zh: '未读到牵头单位', en: 'No lead unit' } },
      { task: null, kind: 'no_year', quote: '', message: { zh: '未找到年度', en: 'No year' } },
    ];
    const { layout } = gridOf(seed, warnings);
    const taskRow = layout.taskHeaderRow + 2;
    expect(layout.warnings.map((w) => [w.row, w.col])).toEqual([
      [taskRow, TASK_COL.牵头单位],
      [4, 1],
    ]);
    expect(layout.values[taskRow]![TASK_COL.提示]).toBe('未读到牵头单位');
    expect(layout.values[4]![2]).toBe('未找到年度');
  });
});

describe('draft errors', () => {
  const errorsAfter = (edit: (grid: CellValue[][], rows: { task: number; target: number }) => void) => {
    const { grid, layout } = gridOf(seed);
    edit(grid, { task: layout.taskHeaderRow + 1, target: layout.targetHeaderRow + 1 });
    const read = readDraft(grid);
    expect(read.plan).toBeNull();
    return read.errors.map((e) => ({ row: e.row, col: e.col, zh: e.message.zh }));
  };

  it('marks a task without a lead unit', () => {
    const errors = errorsAfter((g, r) => (g[r.task + 3]![TASK_COL.牵头单位] = ''));
    expect(errors).toEqual([
      { row: expect.any(Number), col: TASK_COL.牵头单位, zh: expect.stringMatching(/牵头单位/) },
    ]);
  });

  it('marks a duplicated number on the later row, naming the first', () => {
    const errors = errorsAfter((g, r) => (g[r.task + 1]![TASK_COL.序号] = 1));
    expect(errors).toEqual([{ row: expect.any(Number), col: TASK_COL.序号, zh: '序号 1 重复：第 8 行已使用。' }]);
  });

  it('marks a lower bound above the upper bound', () => {
    const errors = errorsAfter((g, r) => {
      g[r.target]![TARGET_COL.下限] = 9;
      g[r.target]![TARGET_COL.上限] = 3;
    });
    expect(errors).toEqual([{ row: expect.any(Number), col: TARGET_COL.下限, zh: '下限 9 大于上限 3。' }]);
  });

  it('marks a title too long to store', () => {
    const errors = errorsAfter((g) => (g[1]![1] = '长'.repeat(201)));
    expect(errors).toEqual([{ row: 1, col: 1, zh: expect.stringMatching(/标题过长（201 字）/) }]);
  });

  it('marks every bad cell at once: target on a missing task, a bad id, a wrong direction', () => {
    const errors = errorsAfter((g, r) => {
      g[r.target]![TARGET_COL.任务] = 99;
      g[r.target + 1]![TARGET_COL.编号] = '4';
      g[r.target + 2]![TARGET_COL.方向] = '差不多';
    });
    expect(errors.map((e) => e.col)).toEqual([TARGET_COL.任务, TARGET_COL.编号, TARGET_COL.方向]);
    expect(errors.every((e) => /[\u4e00-\u9fff]/.test(e.zh))).toBe(true);
  });

  it('gives a target typed without 编号 the next id above those reserved', () => {
    const { grid } = gridOf(seed);
    const row = Array<CellValue>(DRAFT_WIDTH).fill('');
    Object.assign(row, { [TARGET_COL.任务]: 4, [TARGET_COL.指标]: '新增指标', [TARGET_COL.下限]: 3 });
    grid.push(row);
    const plan = readDraft(grid, { reservedTargetIds: ['4.7'] }).plan!;
    const added = plan.tasks.find((t) => t.number === 4)!.targets.at(-1)!;
    expect([added.id, added.min, added.max, added.direction, added.quote]).toEqual([
      '4.8',
      3,
      3,
      'at_least',
      '新增指标',
    ]);
  });
});
