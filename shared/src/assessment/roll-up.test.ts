import { describe, expect, it } from 'vitest';
import type { FigureState, ReportState } from '../progress/schema';
import { assessPlan } from './assess';
import { EDITOR, JULY_2, target, task, testPlan } from './fixtures';

const stamp = { version: 1, writer: EDITOR, writtenAt: JULY_2, writeId: 'w', batchId: 'b', period: '2014-06' };
const figure = (targetId: string, value: number): FigureState => ({ targetId, value, note: null, ...stamp });
const report = (n: number): ReportState => ({
  task: n,
  status: 'in_progress',
  progress: '进展',
  problems: '',
  nextSteps: '',
  ...stamp,
});

// Two sections; 市人社局 leads tasks 1 and 3 (one in each), 市科技局 task 2, task 4 names no unit.
const PLAN = testPlan(
  [
    { number: 1, title: '人才引进' },
    { number: 2, title: '人才培养' },
  ],
  [
    task(1, '市人社局', [target('1.1', 100), target('1.2', 10)]),
    task(2, '市科技局', [target('2.1', 50)]),
    task(3, '市人社局', [target('3.1', 20)], { section: 2 }),
    task(4, '', [], { section: 2 }),
  ],
  ['市人社局', '市科技局'],
);

// Judged on 2014-07-08, after June's due day: 序时进度 ≈ 0.496 (June 30).
const judged = assessPlan(
  PLAN,
  { figures: [figure('1.1', 10), figure('1.2', 30)], reports: [report(3)] },
  '2014-07-08',
);
const { rollUp } = judged;

describe('rollUp (汇总) by lead unit', () => {
  it('counts a unit’s tasks, targets, what it reported this period and its tasks’ lights', () => {
    const rsj = rollUp.units.find((u) => u.unit === '市人社局')!;
    expect(rsj).toMatchObject({ tasks: 2, targets: 3, figures: 2, reportedTasks: 2, reported: true, overdue: false });
    // Task 1: 1.1 is 10% against ≈ 50% → 滞后; task 3 has a report under way and no figure → 正常.
    expect(rsj.lights).toEqual({ done: 0, green: 1, yellow: 0, red: 1, none: 0 });
  });

  it('averages 完成率 over the targets with a figure, an exceeded one counted at 100%', () => {
    // 1.1: 10/100 = 0.1; 1.2: 30/10 = 3, counted as 1 → (0.1 + 1) / 2.
    expect(rollUp.units.find((u) => u.unit === '市人社局')!.completion).toBeCloseTo(0.55, 10);
  });

  it('marks a unit that has not reported after the due day (未报送), with no 完成率 to average', () => {
    expect(rollUp.units.find((u) => u.unit === '市科技局')).toMatchObject({
      tasks: 1,
      targets: 1,
      figures: 0,
      reportedTasks: 0,
      completion: null,
      reported: false,
      overdue: true,
    });
  });

  it('lists the units in the assessment’s order, one line each', () => {
    expect(rollUp.units.map((u) => u.unit)).toEqual(judged.units.map((u) => u.unit));
  });
});

describe('rollUp (汇总) by section and in total', () => {
  it('sums each section, a task without a lead unit included', () => {
    expect(
      rollUp.sections.map(({ section, title, tasks, targets, reportedTasks }) => ({
        section,
        title,
        tasks,
        targets,
        reportedTasks,
      })),
    ).toEqual([
      { section: 1, title: '人才引进', tasks: 2, targets: 3, reportedTasks: 1 },
      { section: 2, title: '人才培养', tasks: 2, targets: 1, reportedTasks: 1 },
    ]);
  });

  it('sums the whole plan: every task once, each task’s light counted', () => {
    expect(rollUp.total).toMatchObject({ tasks: 4, targets: 4, figures: 2, reportedTasks: 2 });
    const lights = Object.values(rollUp.total.lights).reduce((a, b) => a + b, 0);
    expect(lights).toBe(4);
    expect(rollUp.total.lights.red).toBe(judged.tasks.filter((t) => t.light === 'red').length);
  });

  it('has no section lines for a plan without sections', () => {
    const flat = { ...PLAN, sections: [], tasks: PLAN.tasks.map((t) => ({ ...t, section: 1 })) };
    expect(assessPlan(flat, { figures: [], reports: [] }, '2014-07-08').rollUp.sections).toEqual([]);
  });
});
