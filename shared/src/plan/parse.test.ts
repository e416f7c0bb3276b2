import { describe, expect, it } from 'vitest';
import { PlanParseError, parsePlan, readPlan, safeParsePlan } from './parse';
import { EXCEL_CELL_MAX_CHARS, PLAN_TITLE_MAX_CHARS } from './schema';

/** A plan in another city's house style: full-width brackets and commas, 1、 numbering, Chinese numerals. */
const OTHER_PLAN = `
首页 > 政务公开 > 通知公告
浏览次数：128
某市人民政府办公厅关于印发《某市2015年人才发展工作计划》的通知
各区县人民政府，市政府各部门：
现将《某市2015年人才发展工作计划》印发给你们，请认真贯彻执行。
某市人民政府办公厅
二〇一五年三月十二日
某市2015年人才发展工作计划
一、引才聚才
1、实施海外引才计划。年内引进海外高层次人才二十名左右，新建3至5个引才工作站。（市人社局、市外办，各区县政府）
2、加强人才服务。建立人才服务中心。（市委组织部，市级有关部门）
二、育才用才
3、开展技能培训。全年培训技能人才1.2万人次，其中高技能人才不少于3000人。（市人社局）
地址：某市某路1号 邮编：100000
版权所有 某市人民政府 ICP备12345678号
`;

describe('parsePlan on another plan of this kind', () => {
  const plan = parsePlan(OTHER_PLAN);

  it('reads header, sections and tasks', () => {
    expect(plan).toMatchObject({
      title: '某市2015年人才发展工作计划',
      issuer: '某市人民政府办公厅',
      issuedOn: '2015-03-12',
      year: 2015,
    });
    expect(plan.id).toMatch(/^plan-2015-/);
    expect(plan.sections.map((s) => s.title)).toEqual(['引才聚才', '育才用才']);
    expect(plan.tasks.map((t) => [t.number, t.section, t.leadUnit])).toEqual([
      [1, 1, '市人社局'],
      [2, 1, '市委组织部'],
      [3, 2, '市人社局'],
    ]);
    expect(plan.tasks[0]!.groups).toEqual(['各区县政府']);
    expect(plan.tasks[1]!.groups).toEqual(['市级有关部门']);
  });

  it('finds targets written in Chinese numerals, ranges with 至, and decimals with 万', () => {
    const targets = plan.tasks.flatMap((t) => t.targets).map((t) => [t.id, t.min, t.max, t.unit, t.approximate]);
    expect(targets).toEqual([
      ['1.1', 20, 20, '名', true],
      ['1.2', 3, 5, '个', false],
      ['3.1', 12000, 12000, '人次', false],
      ['3.2', 3000, 3000, '人', false],
    ]);
  });

  it('drops the page chrome', () => {
    expect(JSON.stringify(plan)).not.toMatch(/ICP|邮编|浏览次数|100000/);
  });

  it('is deterministic, including the default id', () => {
    expect(parsePlan(OTHER_PLAN)).toEqual(plan);
  });
});

describe('parsePlan on task paragraphs', () => {
  it('joins wrapped lines until the responsible units close the task, named or catch-all only', () => {
    const plan = parsePlan(
      '某县2016年工作要点\n一、任务\n1.加强引进。全年引进博士\n10名左右。\n（县委组织部）\n2.搭建平台。\n（各乡镇人民政府）\n附件：联系人名单\n',
    );
    expect(plan.tasks.map((t) => [t.text, t.leadUnit, t.groups])).toEqual([
      ['加强引进。全年引进博士10名左右。', '县委组织部', []],
      ['搭建平台。', '', ['各乡镇人民政府']],
    ]);
    expect(plan.tasks[0]!.targets.map((t) => [t.metric, t.min])).toEqual([['引进博士', 10]]);
  });
});

describe('readPlan: never all-or-nothing', () => {
  it('reads a plan without a year, assuming the given year and saying so', () => {
    const { plan, warnings } = readPlan('工作要点\n1.抓好落实。(市委组织部)', { year: 2031 });
    expect(plan.year).toBe(2031);
    expect(warnings).toEqual([expect.objectContaining({ task: null, kind: 'no_year' })]);
    expect(warnings[0]!.message.zh).toContain('2031');
  });

  it('keeps a task without units, with an empty lead and a warning naming the task', () => {
    const { plan, warnings } = readPlan('2021年工作要点\n1.抓好落实。\n2.推进改革。（市发改委）');
    expect(plan.tasks.map((t) => t.leadUnit)).toEqual(['', '市发改委']);
    expect(warnings.map((w) => [w.kind, w.task])).toEqual([['no_units', 1]]);
  });

  it('reads a sentence that used to reject the whole plan (新增就业4.2万人、再就业2万人)', () => {
    const { plan } = readPlan('2021年工作要点\n1.新增就业4.2万人、再就业2万人。（市人社局）');
    expect(plan.tasks[0]!.targets.map((t) => [t.min, t.unit])).toEqual([
      [42000, '人'],
      [20000, '人'],
    ]);
  });

  it('bounds the title and the task text to what storage and Excel hold', () => {
    const long = '很'.repeat(40000);
    const { plan, warnings } = readPlan(`${'标题'.repeat(100)}2021年工作要点\n1.${long}（市发改委）`);
    expect(plan.title).toHaveLength(PLAN_TITLE_MAX_CHARS);
    expect(plan.tasks[0]!.text).toHaveLength(EXCEL_CELL_MAX_CHARS);
    expect(warnings.map((w) => w.kind)).toEqual(['title_cut', 'text_cut']);
  });
});

describe('parsePlan on text that is not a plan', () => {
  it.each([
    ['an empty text', '', 'empty'],
    ['page chrome only', '当前位置:首页 >> 新闻\n网站地图 | 设为首页', 'empty'],
    [
      'prose without numbered tasks',
      '关于做好人才工作的通知\n2014年全市人才工作要加强。\n一、总体要求\n要抓好落实。',
      'no_tasks',
    ],
  ])('rejects %s with a clear error', (_, text, code) => {
    const result = safeParsePlan(text);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error).toBeInstanceOf(PlanParseError);
      expect(result.error.code).toBe(code);
      expect(result.error.message).toMatch(/[\u4e00-\u9fff].*[A-Za-z]/);
    }
  });

  it('says what was missing', () => {
    expect(() => parsePlan('一、总体要求\n2014年要抓好落实。')).toThrow(/未找到编号任务.*No numbered tasks/);
  });
});
