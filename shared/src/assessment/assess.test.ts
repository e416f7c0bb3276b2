import { describe, expect, it } from 'vitest';
import type { FigureState, PlanProgress, ReportState, TaskStatus } from '../progress/schema';
import { assessPlan, type Assessment } from './assess';
import { EDITOR, JULY_2, target, task, testPlan } from './fixtures';
import { ReportingScheduleSchema } from './schedule';

const PLAN = testPlan(
  [{ number: 1, title: '一' }],
  [
    task(1, '市人社局', [target('1.1', 100_000), target('1.2', 5, { max: 8, unit: '个' })]),
    task(2, '市科技局', [target('2.1', 4.5, { direction: 'at_most', unit: '%', metric: '城镇登记失业率' })]),
    task(3, '市教育局', [target('3.1', 80, { unit: '%', metric: '优良天数比例' })]),
    task(4, '市委组织部', [], { dueBy: '6月底前' }),
    task(5, '市委组织部', []),
  ],
  ['市人社局', '市科技局', '市教育局', '市委组织部'],
);

function stamp(writtenAt: string) {
  return { version: 1, writer: EDITOR, writtenAt, writeId: 'w', batchId: 'b' };
}
function figure(targetId: string, value: number, writtenAt = JULY_2, period?: string): FigureState {
  return { targetId, value, note: null, period, ...stamp(writtenAt) };
}
function report(n: number, status: TaskStatus, writtenAt = JULY_2, period?: string): ReportState {
  return { task: n, status, progress: '进展', problems: '', nextSteps: '', period, ...stamp(writtenAt) };
}
function progress(figures: FigureState[] = [], reports: ReportState[] = []): Pick<PlanProgress, 'figures' | 'reports'> {
  return { figures, reports };
}
const targetOf = (a: Assessment, id: string) => a.targets.find((t) => t.targetId === id)!;
const taskOf = (a: Assessment, n: number) => a.tasks.find((t) => t.task === n)!;
const unitOf = (a: Assessment, unit: string) => a.units.find((u) => u.unit === unit)!;

describe('assessPlan: cumulative counts against 序时进度', () => {
  it('at the start of the year, judges January as it goes and nobody is overdue', () => {
    const a = assessPlan(PLAN, progress([figure('1.1', 0, '2014-01-10T02:00:00.000Z')]), '2014-01-10');
    expect(a.period).toBe('2014-01');
    expect(a.judgedAt).toBe('2014-01-10');
    expect(a.elapsed).toBeCloseTo(10 / 365, 10);
    expect(targetOf(a, '1.1')).toMatchObject({ completion: 0, light: 'yellow' }); // 2.7 points behind
    expect(targetOf(a, '1.2')).toMatchObject({ completion: null, light: 'none' });
    expect(a.units.every((u) => !u.overdue && u.dueOn === '2014-02-05')).toBe(true);
  });

  it('on 1 January nothing has elapsed: a figure short of the goal is not judged yet', () => {
    const a = assessPlan(PLAN, progress([figure('1.1', 10, '2014-01-01T02:00:00.000Z')]), '2013-12-20');
    expect(a.elapsed).toBe(0);
    expect(targetOf(a, '1.1').light).toBe('none');
  });

  it('at mid-year judges 截至6月底: on pace is green, 4.6 points behind yellow, further red', () => {
    const at = (value: number) => targetOf(assessPlan(PLAN, progress([figure('1.1', value)]), '2014-07-08'), '1.1');
    const a = assessPlan(PLAN, progress(), '2014-07-08');
    expect(a).toMatchObject({ period: '2014-06', judgedAt: '2014-06-30', periodLabel: { zh: '截至6月底' } });
    expect(a.elapsed).toBeCloseTo(181 / 365, 10);
    expect(at(50_000)).toMatchObject({ completion: 0.5, light: 'green' });
    expect(at(45_000)).toMatchObject({ completion: 0.45, light: 'yellow' });
    expect(at(39_000).light).toBe('red');
    expect(at(100_000).light).toBe('done');
    expect(at(120_000)).toMatchObject({ completion: 1.2, light: 'done' });
  });

  it('follows the office threshold: 9.6 points behind is yellow at 10 and red at 5', () => {
    const five = ReportingScheduleSchema.parse({ thresholdPoints: 5 });
    const p = progress([figure('1.1', 40_000)]);
    expect(targetOf(assessPlan(PLAN, p, '2014-07-08'), '1.1').light).toBe('yellow');
    expect(targetOf(assessPlan(PLAN, p, '2014-07-08', five), '1.1').light).toBe('red');
  });

  it('a range 5–8 is complete at 5 and says so, 100% anywhere within it', () => {
    const at = (value: number) => targetOf(assessPlan(PLAN, progress([figure('1.2', value)]), '2014-07-08'), '1.2');
    expect(at(5)).toMatchObject({ completion: 1, light: 'done' });
    expect(at(6).completion).toBe(1);
    expect(at(6).note?.zh).toBe('区间5–8个：达到5即完成');
    expect(at(10).completion).toBe(1.25);
    expect(at(2).completion).toBe(0.4);
  });
});

describe('assessPlan: levels and caps without 序时进度', () => {
  it('a cap is met while the figure stays within it, red above it, never 已完成', () => {
    const at = (value: number) => targetOf(assessPlan(PLAN, progress([figure('2.1', value)]), '2014-03-08'), '2.1');
    expect(at(4.2)).toMatchObject({ basis: 'cap', completion: 1, light: 'green' });
    expect(at(4.5).light).toBe('green');
    expect(at(5)).toMatchObject({ completion: 0.9, light: 'red' });
  });

  it('a floor rate is judged against its value at any date: green at or above, yellow within 10 points, red below', () => {
    const at = (value: number) => targetOf(assessPlan(PLAN, progress([figure('3.1', value)]), '2014-02-08'), '3.1');
    expect(at(85)).toMatchObject({ basis: 'floor', light: 'green' });
    expect(at(75).light).toBe('yellow');
    expect(at(60).light).toBe('red');
  });
});

describe('assessPlan: tasks by deadline, status and targets', () => {
  it('a task past its 完成时限 and not done is red; done is 已完成; before the deadline under way is green', () => {
    expect(taskOf(assessPlan(PLAN, progress([], [report(4, 'in_progress')]), '2014-07-01'), 4)).toMatchObject({
      light: 'red',
      reason: 'past_deadline',
      deadline: '2014-06-30',
    });
    expect(taskOf(assessPlan(PLAN, progress([], [report(4, 'done')]), '2014-07-01'), 4).light).toBe('done');
    expect(taskOf(assessPlan(PLAN, progress([], [report(4, 'in_progress')]), '2014-06-30'), 4).light).toBe('green');
  });

  it('a task without a deadline runs to year end; typed 滞后 is red; nothing reported is 无', () => {
    const a = assessPlan(PLAN, progress([], [report(5, 'behind')]), '2014-07-03');
    expect(taskOf(a, 5)).toMatchObject({ light: 'red', reason: 'status_behind', deadline: '2014-12-31' });
    expect(taskOf(assessPlan(PLAN, progress(), '2014-07-03'), 5)).toMatchObject({ light: 'none' });
  });

  it('takes the worst open target, and 已完成 once every target is', () => {
    const behind = progress([figure('1.1', 10_000), figure('1.2', 6)]);
    expect(taskOf(assessPlan(PLAN, behind, '2014-07-03'), 1)).toMatchObject({ light: 'red', reason: 'targets' });
    const done = progress([figure('1.1', 100_000), figure('1.2', 6)]);
    expect(taskOf(assessPlan(PLAN, done, '2014-07-03'), 1)).toMatchObject({ light: 'done', reason: 'targets_done' });
    const half = progress([figure('1.2', 6)]);
    expect(taskOf(assessPlan(PLAN, half, '2014-07-03'), 1).light).toBe('none');
  });

  it('a report overdue for the period makes a task yellow at least', () => {
    const mayReport = progress([], [report(5, 'in_progress', '2014-05-20T02:00:00.000Z')]);
    expect(taskOf(assessPlan(PLAN, mayReport, '2014-07-03'), 5)).toMatchObject({ light: 'green' });
    expect(taskOf(assessPlan(PLAN, mayReport, '2014-07-08'), 5)).toMatchObject({
      light: 'yellow',
      reason: 'report_overdue',
    });
  });
});

describe('assessPlan: who has reported', () => {
  const records = progress(
    [figure('1.1', 50_000, JULY_2, '2014-06'), figure('3.1', 82, '2014-06-20T02:00:00.000Z')],
    [report(4, 'in_progress', '2014-06-30T17:00:00.000Z')],
  );

  it('before the due day nobody is overdue; after it, units with nothing for June are 未报送', () => {
    const before = assessPlan(PLAN, records, '2014-07-05');
    expect(before.units.map((u) => [u.unit, u.reported, u.overdue])).toEqual([
      ['市人社局', true, false],
      ['市科技局', false, false],
      ['市教育局', false, false],
      ['市委组织部', true, false],
    ]);
    const after = assessPlan(PLAN, records, '2014-07-06');
    expect(after.units.filter((u) => u.overdue).map((u) => u.unit)).toEqual(['市科技局', '市教育局']);
    expect(unitOf(after, '市科技局')).toMatchObject({ period: '2014-06', dueOn: '2014-07-05' });
  });

  it('counts a later period for an earlier one, and a figure for June in a 季报 plan for Q2', () => {
    const july = progress([figure('2.1', 4, '2014-08-02T02:00:00.000Z', '2014-07')]);
    expect(unitOf(assessPlan(PLAN, july, '2014-08-04'), '市科技局').reported).toBe(true);
    const quarterly = ReportingScheduleSchema.parse({ cycle: 'quarterly', dueDay: 10 });
    const a = assessPlan(PLAN, records, '2014-07-11', quarterly);
    expect(a.period).toBe('2014-Q2');
    expect(unitOf(a, '市人社局')).toMatchObject({ reported: true, overdue: false, dueOn: '2014-07-10' });
    expect(unitOf(a, '市科技局').overdue).toBe(true);
  });
});
