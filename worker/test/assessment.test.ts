// Reporting schedule and assessment routes (issue 12): the admin sets the schedule; any token reads the plan judged.
import {
  AssessmentSchema,
  civilDateOf,
  type ApiError,
  type Assessment,
  type History,
  type PlanProgress,
} from '@plansync/shared';
import { beforeEach, describe, expect, it } from 'vitest';
import { LEAD_OF_TASK_1, LEAD_OF_TASK_2, PLAN_ID, call, expectJson, freshEachTest, push } from './helpers';

const tokens = freshEachTest();

const schedulePath = `/api/plans/${PLAN_ID}/schedule`;
const assessment = async (asOf: string, token = tokens.viewer) =>
  AssessmentSchema.parse(
    await expectJson<Assessment>(await call(`/api/plans/${PLAN_ID}/assessment?asOf=${asOf}`, { token }), 200),
  );

describe('schedule', () => {
  it('is the default until an admin sets one, then what the admin set', async () => {
    expect(await expectJson(await call(schedulePath, { token: tokens.editor }), 200)).toEqual({
      planId: PLAN_ID,
      schedule: { cycle: 'monthly', dueDay: 5, thresholdPoints: 10 },
      isDefault: true,
      resolved: {
        cycle: 'monthly',
        dueDay: 5,
        periodStart: '2014-01-01',
        periodEnd: '2014-12-31',
        thresholdPoints: 10,
      },
    });
    await expectJson(
      await call(schedulePath, { method: 'PUT', token: tokens.admin, json: { cycle: 'quarterly', dueDay: 10 } }),
      200,
    );
    expect(await expectJson(await call(schedulePath, { token: tokens.viewer }), 200)).toMatchObject({
      schedule: { cycle: 'quarterly', dueDay: 10, thresholdPoints: 10 },
      isDefault: false,
    });
  });

  it('refuses a due day some months lack, in Chinese, and keeps the schedule in force', async () => {
    await call(schedulePath, { method: 'PUT', token: tokens.admin, json: { dueDay: 10 } });
    const body = await expectJson<ApiError>(
      await call(schedulePath, { method: 'PUT', token: tokens.admin, json: { cycle: 'monthly', dueDay: 31 } }),
      400,
    );
    expect(body.error.code).toBe('invalid_request');
    expect(body.error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(await expectJson(await call(schedulePath, { token: tokens.viewer }), 200)).toMatchObject({
      schedule: { dueDay: 10 },
    });
  });

  it('answers 404 for a plan that does not exist', async () => {
    const response = await call('/api/plans/no-such-plan/schedule', { method: 'PUT', token: tokens.admin, json: {} });
    expect(response.status).toBe(404);
  });
});

describe('assessment', () => {
  beforeEach(async () => {
    await call(schedulePath, { method: 'PUT', token: tokens.admin, json: { cycle: 'monthly', dueDay: 5 } });
    // Task 1's targets are 10, 20, 30, 40; June's report puts 1.1 on pace and 1.2 far behind.
    const batch = {
      figures: [
        { targetId: '1.1', value: 5, baseVersion: 0, period: '2014-06' },
        { targetId: '1.2', value: 2, baseVersion: 0, period: '2014-06' },
      ],
    };
    await expectJson(await push(tokens.editor, batch), 200);
  });

  it('after the due day lists the unit that has not reported for June as overdue', async () => {
    const a = await assessment('2014-07-08');
    expect(a).toMatchObject({ asOf: '2014-07-08', period: '2014-06', judgedAt: '2014-06-30' });
    expect(a.periodLabel.zh).toBe('截至6月底');
    expect(a.elapsed).toBeCloseTo(181 / 365, 10);
    expect(a.units).toEqual([
      { unit: LEAD_OF_TASK_1, period: '2014-06', dueOn: '2014-07-05', reported: true, overdue: false },
      { unit: LEAD_OF_TASK_2, period: '2014-06', dueOn: '2014-07-05', reported: false, overdue: true },
    ]);
  });

  it('judges each target against 序时进度 and each task by its worst target', async () => {
    const a = await assessment('2014-07-08');
    const target = (id: string) => a.targets.find((t) => t.targetId === id);
    expect(target('1.1')).toMatchObject({ completion: 0.5, light: 'green' });
    expect(target('1.2')).toMatchObject({ completion: 0.1, light: 'red' });
    expect(target('1.3')).toMatchObject({ completion: null, light: 'none' });
    expect(a.tasks.find((t) => t.task === 1)).toMatchObject({ light: 'red', reason: 'targets' });
    // Task 2's unit is overdue and has nothing to judge: 黄 at least.
    expect(a.tasks.find((t) => t.task === 2)).toMatchObject({ light: 'yellow', reason: 'report_overdue' });
  });

  it('before the due day nobody is overdue, and a 季报 schedule collects the quarter', async () => {
    expect((await assessment('2014-07-05')).units.some((u) => u.overdue)).toBe(false);
    await call(schedulePath, { method: 'PUT', token: tokens.admin, json: { cycle: 'quarterly', dueDay: 10 } });
    const a = await assessment('2014-07-11');
    expect(a.period).toBe('2014-Q2');
    expect(a.units.map((u) => [u.reported, u.overdue])).toEqual([
      [true, false],
      [false, true],
    ]);
  });

  it('gives each figure its 本期 and 上期 from the snapshot: July’s report, and June’s before it', async () => {
    const june = await assessment('2014-07-08');
    expect(june.targets.find((t) => t.targetId === '1.1')).toMatchObject({ thisPeriod: 5, lastPeriod: null });
    await push(tokens.editor, { figures: [{ targetId: '1.1', value: 7, baseVersion: 1, period: '2014-07' }] });
    const july = await assessment('2014-08-08');
    expect(july.targets.find((t) => t.targetId === '1.1')).toMatchObject({ thisPeriod: 7, lastPeriod: 5 });
    // 1.2 was not reported for July: 本期 blank, 上期 where June left it.
    expect(july.targets.find((t) => t.targetId === '1.2')).toMatchObject({ thisPeriod: null, lastPeriod: 2 });
    const progress = await expectJson<PlanProgress>(
      await call(`/api/plans/${PLAN_ID}/progress`, { token: tokens.viewer }),
      200,
    );
    expect(progress.figures[0]).toMatchObject({
      value: 7,
      period: '2014-07',
      previous: { value: 5, period: '2014-06' },
    });
  });

  it('refuses a date that does not exist and answers 404 for an unknown plan', async () => {
    const bad = await call(`/api/plans/${PLAN_ID}/assessment?asOf=2014-02-30`, { token: tokens.viewer });
    expect((await expectJson<ApiError>(bad, 400)).error.code).toBe('invalid_request');
    const missing = await call('/api/plans/no-such-plan/assessment?asOf=2014-07-08', { token: tokens.viewer });
    expect(missing.status).toBe(404);
  });

  it('judges today in China when no date is given', async () => {
    const before = civilDateOf(new Date().toISOString());
    const response = await call(`/api/plans/${PLAN_ID}/assessment`, { token: tokens.viewer });
    const { asOf } = await expectJson<Assessment>(response, 200);
    expect([before, civilDateOf(new Date().toISOString())]).toContain(asOf);
  });
});

describe('period on pushes', () => {
  it('is kept on the figure and in its history, old period included', async () => {
    await push(tokens.editor, { figures: [{ targetId: '1.1', value: 3, baseVersion: 0, period: '2014-05' }] });
    await push(tokens.editor, {
      figures: [{ targetId: '1.1', value: 6, baseVersion: 1, period: '2014-06' }],
      reports: [{ task: 1, status: 'in_progress', progress: '推进中', baseVersion: 0, period: '2014-06' }],
    });
    const progress = await expectJson<PlanProgress>(
      await call(`/api/plans/${PLAN_ID}/progress`, { token: tokens.viewer }),
      200,
    );
    expect(progress.figures[0]).toMatchObject({ targetId: '1.1', value: 6, period: '2014-06' });
    expect(progress.reports[0]).toMatchObject({ task: 1, period: '2014-06' });
    const history = await expectJson<History>(
      await call(`/api/plans/${PLAN_ID}/history?target=1.1`, { token: tokens.viewer }),
      200,
    );
    expect(history.entries.map((e) => [e.old, e.new])).toEqual([
      [null, { value: 3, note: null, period: '2014-05' }],
      [
        { value: 3, note: null, period: '2014-05' },
        { value: 6, note: null, period: '2014-06' },
      ],
    ]);
  });

  it('refuses a period that is not a month, quarter or year', async () => {
    const response = await push(tokens.editor, {
      figures: [{ targetId: '1.1', value: 3, baseVersion: 0, period: '2014-13' }],
    });
    expect(response.status).toBe(400);
  });
});
