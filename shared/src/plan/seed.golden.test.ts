// Golden test of the seed plan. Expectations come from reading the text, not from the parser's output.
import { describe, expect, it } from 'vitest';
import { readSeedPlan, SEED_PLAN_ID } from './seed-plan';

const plan = readSeedPlan();

const COOPERATION_GROUP = '市人才工作领导小组有关成员单位';
const ASSISTING_GROUP = '市人才工作领导小组协办单位';
const DISTRICT_GROUP = '各区〔市〕县人才工作领导小组';

/** Lead unit of each task 1–23, in order. */
const LEAD_UNITS = [
  '市委组织部',
  '市委组织部',
  '市委组织部',
  '市委组织部',
  '市委组织部',
  '市委组织部',
  '市委组织部',
  '市委组织部',
  '市经信委',
  '市人社局',
  '市人社局',
  '市农委',
  '市民政局',
  '市商务局',
  '市科技局',
  '市教育局',
  '市委宣传部',
  '市卫生局',
  '市委统战部',
  '市委组织部',
  '市委组织部',
  '市委组织部',
  '市委组织部',
];

/** [id, metric, min, max, measure word, approximate] for every numeric target. */
const TARGETS: [string, string, number, number, string, boolean][] = [
  ['4.1', '引进扶持高层次人才', 50, 50, '名', true],
  ['4.2', '引进扶持顶尖团队', 5, 5, '个', true],
  ['5.1', '遴选中青年骨干人才（教育）', 10, 10, '名', true],
  ['5.2', '遴选中青年骨干人才（卫生）', 10, 10, '名', true],
  ['5.3', '遴选中青年骨干人才（文化）', 10, 10, '名', true],
  ['5.4', '遴选中青年骨干人才（现代农业）', 10, 10, '名', true],
  ['6.1', '培育青年(大学生)创业新星', 100, 100, '名', true],
  ['6.2', '促进大学生就业', 30000, 30000, '人', true],
  ['6.3', '促进大学生创业', 1000, 1000, '人', true],
  ['10.1', '完成专业技术人员培训', 100000, 100000, '人次', false],
  ['11.1', '新建市级技能大师工作室', 5, 8, '个', false],
  ['11.2', '新建市级高技能人才培训基地', 5, 5, '个', false],
  ['11.3', '完成高技能人才培养培训', 30000, 30000, '人次', false],
  ['22.1', '选派专业技术人才', 1000, 1000, '名', true],
];

describe('the seed plan 《成都市2014年人才工作要点》', () => {
  it('reads the header from the notice', () => {
    expect(plan).toMatchObject({
      id: SEED_PLAN_ID,
      title: '成都市2014年人才工作要点',
      issuer: '成都市人才工作领导小组',
      issuedOn: '2014-06-04',
      year: 2014,
    });
  });

  it('has the four sections', () => {
    expect(plan.sections.map((s) => s.number)).toEqual([1, 2, 3, 4]);
    expect(plan.sections[0]!.title).toBe('完善政策体系,持续推进人才工作体制机制创新');
    expect(plan.sections[3]!.title).toBe('着力提升服务人才水平质量,团结凝聚人才参与改革创新');
  });

  it('has the 23 tasks, numbered across sections', () => {
    expect(plan.tasks.map((t) => t.number)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    const sectionOf = (n: number) => plan.tasks[n - 1]!.section;
    expect([1, 3, 4, 7, 8, 19, 20, 23].map(sectionOf)).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
  });

  it('gives each task its first sentence as title and drops the units from its text', () => {
    expect(plan.tasks[0]!.title).toBe('抓好人才政策落实和突破创新');
    expect(plan.tasks[3]!.title).toBe('实施“成都人才计划”');
    for (const task of plan.tasks) {
      expect(task.text).not.toContain(`(${task.leadUnit}`);
      expect(task.text.endsWith('。')).toBe(true);
    }
  });

  it('puts the lead unit first', () => {
    expect(plan.tasks.map((t) => t.leadUnit)).toEqual(LEAD_UNITS);
    for (const task of plan.tasks) expect(task.units[0]).toBe(task.leadUnit);
  });

  it('lists named units in order, with 〔〕 kept inside a unit', () => {
    expect(plan.tasks[0]!.units).toEqual([
      '市委组织部',
      '市经信委',
      '市科技局',
      '市人社局',
      '市商务局',
      '市社科联〔市社科院〕',
    ]);
    expect(plan.tasks[2]!.units).toEqual(['市委组织部', '市委宣传部', '市委党校〔行政学院〕', '市社科联〔市社科院〕']);
    expect(plan.tasks[4]!.units).toHaveLength(11);
    expect(plan.tasks[13]!.units).toEqual(['市商务局']);
    expect(plan.tasks[20]!.units.at(-1)).toBe('市药监局');
  });

  it('keeps catch-all groups apart from named units', () => {
    expect(plan.tasks[0]!.groups).toEqual([COOPERATION_GROUP, DISTRICT_GROUP]);
    expect(plan.tasks[3]!.groups).toEqual([COOPERATION_GROUP]);
    expect(plan.tasks[7]!.groups).toEqual([ASSISTING_GROUP, DISTRICT_GROUP]);
    expect(plan.tasks[18]!.groups).toEqual([DISTRICT_GROUP]);
    for (const task of plan.tasks) {
      for (const unit of task.units) expect(unit).not.toMatch(/有关|协办|^各/);
    }
  });

  it('lists every named unit once', () => {
    expect(new Set(plan.units).size).toBe(plan.units.length);
    expect(plan.units).toContain('市医管局');
    expect(plan.units).toContain('团市委');
    expect(plan.units).not.toContain(DISTRICT_GROUP);
    expect(new Set(plan.tasks.flatMap((t) => t.units))).toEqual(new Set(plan.units));
  });

  it('finds every numeric target and nothing else', () => {
    const found = plan.tasks.flatMap((t) => t.targets);
    expect(found.map((t) => [t.id, t.metric, t.min, t.max, t.unit, t.approximate])).toEqual(TARGETS);
  });

  it('quotes each target exactly as the text has it', () => {
    for (const task of plan.tasks) {
      for (const target of task.targets) {
        expect(target.task).toBe(task.number);
        expect(task.text.slice(target.offset, target.offset + target.quote.length)).toBe(target.quote);
      }
    }
    const quotes = Object.fromEntries(plan.tasks.flatMap((t) => t.targets).map((t) => [t.id, t.quote]));
    expect(quotes['4.1']).toContain('50名左右高层次人才');
    expect(quotes['11.1']).toContain('5-8个市级技能大师工作室');
    expect(quotes['5.3']).toContain('教育、卫生、文化、现代农业');
  });
});
