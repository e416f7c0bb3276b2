// Importing the seed plan from its scraped text through the shared parser, and re-importing an edited text.
import {
  PLAN_TITLE_MAX_CHARS,
  parsePlan,
  type ApiError,
  type Plan,
  type PlanProgress,
  type PlanSummary,
  type PlanWarning,
} from '@plansync/shared';
import { reset } from 'cloudflare:test';
import { beforeEach, expect, it } from 'vitest';
import seedText from '../../seeds/chengdu-2014-talent-work-plan.txt?raw';
import { call, expectJson, issueToken, push } from './helpers';

const SEED_ID = 'chengdu-2014-talent';
let admin: string;
beforeEach(async () => {
  await reset();
  admin = await issueToken('admin');
});

const putText = (text: string, planId = SEED_ID) => call(`/api/plans/${planId}`, { method: 'PUT', token: admin, text });
const getPlan = async () => expectJson<Plan>(await call(`/api/plans/${SEED_ID}`, { token: admin }), 200);
const targetIds = (plan: Plan) =>
  Object.fromEntries(plan.tasks.flatMap((t) => t.targets.map((target) => [target.quote, target.id])));

it('imports the seed text as the plan id of the URL: 23 tasks in 4 sections, lead units first', async () => {
  const created = await expectJson<{ plan: PlanSummary }>(await putText(seedText), 201);
  expect(created.plan).toEqual(
    expect.objectContaining({ id: SEED_ID, title: '成都市2014年人才工作要点', year: 2014, tasks: 23 }),
  );
  const plan = await getPlan();
  expect(plan.sections).toHaveLength(4);
  expect(plan.tasks.find((t) => t.number === 11)?.leadUnit).toBe('市人社局');
});

it('re-importing an edited text keeps target ids and progress, and numbers a new target after the old ones', async () => {
  await expectJson(await putText(seedText), 201);
  const before = targetIds(await getPlan());
  const masterStudios = '新建5-8个市级技能大师工作室';
  const studiosId = before[masterStudios]!;
  await expectJson(
    await push(admin, { figures: [{ targetId: studiosId, value: 6, baseVersion: 0 }] }, {}, SEED_ID),
    200,
  );

  // A new target is inserted in front of the studios: by position alone it would take their id.
  const edited = seedText
    .replace('全年引进扶持50名左右高层次人才', '全年引进扶持60名左右高层次人才')
    .replace('强化高技能人才培训平台建设,新建5-8个', '强化高技能人才培训平台建设,新建3个市级公共实训基地,新建5-8个');
  expect(edited).not.toBe(seedText);
  await expectJson(await putText(edited), 200);

  const after = await getPlan();
  const task11 = after.tasks.find((t) => t.number === 11)!;
  expect(task11.targets.find((t) => t.quote === masterStudios)?.id).toBe(studiosId);
  const taken = new Set(Object.values(before));
  const added = task11.targets.find((t) => t.quote === '新建3个市级公共实训基地')!;
  expect(taken.has(added.id)).toBe(false);
  const raised = after.tasks.find((t) => t.number === 4)!.targets.find((t) => t.min === 60)!;
  expect(raised.id).toBe(before['全年引进扶持50名左右高层次人才']);

  const progress = await expectJson<PlanProgress>(await call(`/api/plans/${SEED_ID}/progress`, { token: admin }), 200);
  expect(progress.figures).toEqual([expect.objectContaining({ targetId: studiosId, value: 6 })]);
});

it('rejects text that is not a plan with invalid_plan saying what is missing, storing nothing', async () => {
  const body = await expectJson<ApiError>(
    await putText('当前位置：首页 > 通知公告\n浏览量：1024\n网站地图 | 联系我们'),
    400,
  );
  expect(body.error.code).toBe('invalid_plan');
  expect(body.error.message.length).toBeGreaterThan(4);
  await expectJson(await call(`/api/plans/${SEED_ID}`, { token: admin }), 404);
});

it('imports a text without a year or units, and answers with the warnings instead of refusing it', async () => {
  const created = await expectJson<{ plan: PlanSummary; warnings: PlanWarning[] }>(
    await putText('某县工作要点\n1.新增就业4.2万人、再就业2万人。\n2.抓好落实。（县人社局）'),
    201,
  );
  expect(created.plan.tasks).toBe(2);
  expect(created.warnings.map((w) => [w.kind, w.task])).toEqual([
    ['no_year', null],
    ['no_units', 1],
  ]);
  expect(created.warnings[0]!.message.zh).toMatch(/未找到计划年度/);
});

it('bounds a title too long for the plan list (KV metadata) instead of failing with 500', async () => {
  const title = `某市${'重点工作任务分解'.repeat(40)}2021年工作要点`;
  const created = await expectJson<{ plan: PlanSummary; warnings: PlanWarning[] }>(
    await putText(`${title}\n1.抓好落实。（市政府办公室）`),
    201,
  );
  expect(title.length).toBeGreaterThan(PLAN_TITLE_MAX_CHARS);
  expect(created.plan.title).toBe(title.slice(0, PLAN_TITLE_MAX_CHARS));
  expect(created.warnings.map((w) => w.kind)).toContain('title_cut');
});

it('refuses Plan JSON whose title is too long for the plan list with 400 invalid_plan, storing nothing', async () => {
  const plan = parsePlan(seedText, { id: SEED_ID });
  const body = await expectJson<ApiError>(
    await call(`/api/plans/${SEED_ID}`, { method: 'PUT', token: admin, json: { ...plan, title: '长'.repeat(300) } }),
    400,
  );
  expect(body.error.code).toBe('invalid_plan');
  await expectJson(await call(`/api/plans/${SEED_ID}`, { token: admin }), 404);
});
