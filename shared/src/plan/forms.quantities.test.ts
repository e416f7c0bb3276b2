// Quantities, directions and numbers that are no targets, as plans write them (issue 9, points 4–6).
import { describe, expect, it } from 'vitest';
import { parseNumber } from './numerals';
import { readPlan } from './read';
import { findTargets } from './targets';

const read = (text: string) => findTargets(text).map((t) => [t.min, t.max, t.unit]);
const directions = (text: string) => findTargets(text).map((t) => [t.min, t.unit, t.direction, t.approximate]);

describe('quantities (point 4)', () => {
  it('reads thousands separators, 万 after digits, and money with 万元', () => {
    expect(read('全年培训12,500人次。')).toEqual([[12500, 12500, '人次']]);
    expect(read('招聘教师1，000名。')).toEqual([[1000, 1000, '名']]);
    expect(read('安排资金1,100万元。')).toEqual([[1100, 1100, '万元']]);
    expect(read('培训农民3万4000人次。')).toEqual([[34000, 34000, '人次']]);
  });

  it('reads traditional and financial numerals, 廿 and 卅', () => {
    expect(read('培訓1.5萬人次。')).toEqual([[15000, 15000, '人次']]);
    expect(read('新建兩個基地。')).toEqual([[2, 2, '个']]);
    expect(read('招募志愿者壹佰贰拾名。')).toEqual([[120, 120, '名']]);
    expect(read('新建廿个站点、卅所学校。')).toEqual([
      [20, 20, '个'],
      [30, 30, '所'],
    ]);
    expect(read('陆续建成一批项目。')).toEqual([]);
  });

  it('reads the colloquial 三千五 and 一万二 as spoken, not as 3005 or 10002', () => {
    expect(parseNumber('三千五')).toBe(3500);
    expect(parseNumber('一万二')).toBe(12000);
    expect(parseNumber('两百五')).toBe(250);
    expect(parseNumber('三千零五')).toBe(3005);
    expect(read('新增就业三千五百人、培训一万二人次。')).toEqual([
      [3500, 3500, '人'],
      [12000, 12000, '人次'],
    ]);
  });

  it.each([
    ['盏', '改造路灯500盏。'],
    ['辆', '新增公交车200辆。'],
    ['吨', '处理垃圾3000吨。'],
    ['栋', '加固校舍12栋。'],
    ['口', '新打机井40口。'],
    ['亩', '新增高标准农田5000亩。'],
    ['套', '筹集保障房800套。'],
    ['户', '改造农村危房300户。'],
    ['所', '新建幼儿园6所。'],
    ['座', '新建公厕50座。'],
    ['条', '改造背街小巷30条。'],
    ['处', '整治黑臭水体8处。'],
    ['家', '培育规上企业20家。'],
    ['床', '新增养老床位400床。'],
    ['公里', '新建绿道100公里。'],
    ['平方米', '改造老旧小区50万平方米。'],
    ['千瓦', '新增光伏装机5000千瓦。'],
  ])('measure word %s', (unit, text) => {
    expect(findTargets(text).map((t) => t.unit)).toEqual([unit]);
  });

  it('reads a bare 万 before the people it counts', () => {
    expect(findTargets('解决8万农村人口饮水安全问题。').map((t) => [t.min, t.unit])).toEqual([[80000, '人']]);
  });
});

describe('numbers the parser is unsure of (point 7)', () => {
  it('makes no target of a vague amount, and warns with the phrase', () => {
    const { plan, warnings } = readPlan('2021年工作要点\n1.新建三四十个驿站、数百家门店，改造小区20个。（市商务局）');
    expect(plan.tasks[0]!.targets.map((t) => [t.min, t.unit])).toEqual([[20, '个']]);
    expect(warnings.map((w) => [w.kind, w.task, w.quote])).toEqual([
      ['unsure_number', 1, '三四十个'],
      ['unsure_number', 1, '数百家'],
    ]);
    expect(warnings[0]!.message.zh).toContain('三四十个');
  });
});

describe('direction of a target (point 5)', () => {
  it('floors: 以上, 不低于, 不少于, 达到, and a plain 新增N', () => {
    expect(directions('空气优良天数比例80%以上。')).toEqual([[80, '%', 'at_least', false]]);
    expect(directions('森林覆盖率不低于40%。')).toEqual([[40, '%', 'at_least', false]]);
    expect(directions('新增就业不少于5000人。')).toEqual([[5000, '人', 'at_least', false]]);
    expect(directions('持证率达到60%。')).toEqual([[60, '%', 'at_least', false]]);
    expect(directions('新建学校3所。')).toEqual([[3, '所', 'at_least', false]]);
  });

  it('caps: 控制在…以内, 不超过, 以下', () => {
    expect(directions('城镇登记失业率控制在4.5%以内。')).toEqual([[4.5, '%', 'at_most', false]]);
    expect(directions('万元GDP能耗不超过0.5吨。')).toEqual([[0.5, '吨', 'at_most', false]]);
    expect(directions('班额降至45人以下。')).toEqual([[45, '人', 'at_most', false]]);
  });

  it('about: 左右, 约', () => {
    expect(directions('城镇新增就业1.2万人左右。')).toEqual([[12000, '人', 'about', true]]);
    expect(directions('培训约300名社工。')).toEqual([[300, '名', 'about', true]]);
  });
});

describe('numbers that are no targets (point 6)', () => {
  it.each([
    ['phases and line numbers', '推进地铁5号线二期工程建设。'],
    ['progress already achieved', '截至目前已完成60%，年内全面完成。'],
    ['durations', '整治工作为期6个月，试点期3—12个月。'],
    ['conditions of a policy', '对职工超过100人的企业给予补贴。'],
    ['counts of things in the document', '填报两个表格，报送以下3个方面的情况。'],
    ['quoted names', '实施“千人计划”，打造“10个示范村”品牌。'],
  ])('%s', (_, text) => {
    expect(findTargets(text)).toEqual([]);
  });

  it('reads goals inside a quoted statement', () => {
    const found = findTargets('确保实现“到年底，新增技能人才3000名左右，持证率达到60%”的目标。');
    expect(found.map((t) => [t.min, t.unit, t.direction])).toEqual([
      [3000, '名', 'about'],
      [60, '%', 'at_least'],
    ]);
  });
});
