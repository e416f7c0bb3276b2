import { describe, expect, it } from 'vitest';
import { findTargets } from './targets';

const values = (text: string) => findTargets(text).map((t) => [t.metric, t.min, t.max, t.unit, t.approximate]);

describe('findTargets: what counts as a target', () => {
  it('names the metric from the verb and the counted noun', () => {
    expect(values('全年引进扶持50名左右高层次人才。')).toEqual([['引进扶持高层次人才', 50, 50, '名', true]]);
  });

  it('shares the verb across a list of quantities', () => {
    expect(values('新建5-8个市级技能大师工作室和5个市级高技能人才培训基地。')).toEqual([
      ['新建市级技能大师工作室', 5, 8, '个', false],
      ['新建市级高技能人才培训基地', 5, 5, '个', false],
    ]);
  });

  it('reads noun-first phrases (促进大学生就业3万人左右、创业1000人左右)', () => {
    expect(values('全年促进大学生就业3万人左右、创业1000人左右。')).toEqual([
      ['促进大学生就业', 30000, 30000, '人', true],
      ['促进大学生创业', 1000, 1000, '人', true],
    ]);
  });

  it('gives one target per field of a distributive phrase', () => {
    const found = findTargets('全年在教育、卫生、文化等重点领域，各遴选10名左右中青年骨干人才加强培养。');
    expect(found.map((t) => t.metric)).toEqual([
      '遴选中青年骨干人才（教育）',
      '遴选中青年骨干人才（卫生）',
      '遴选中青年骨干人才（文化）',
    ]);
    expect(new Set(found.map((t) => t.min))).toEqual(new Set([10]));
  });

  it('counts quantities written in Chinese numerals', () => {
    expect(values('年内培训两万人次基层干部。')).toEqual([['培训基层干部', 20000, 20000, '人次', false]]);
    expect(values('建设三十个社区工作站。')).toEqual([['建设社区工作站', 30, 30, '个', false]]);
  });

  it('reads 约 before a number as approximate', () => {
    expect(values('培训约300名社工。')).toEqual([['培训社工', 300, 300, '名', true]]);
  });

  it('quotes the phrase it read, at its offset', () => {
    const text = '加大力度。全年选派1000名左右专业技术人才,到农村服务。';
    const [target] = findTargets(text);
    expect(target!.quote).toBe('全年选派1000名左右专业技术人才');
    expect(text.indexOf(target!.quote)).toBe(target!.offset);
  });
});

describe('findTargets: numbers that are not targets', () => {
  it.each([
    ['years', '2014年全市人才工作总体要求是加快发展。'],
    ['ages', '遴选45岁以下的中青年人才。'],
    ['programme names with 年', '实施“产业基础人才开发5年行动计划”。'],
    ['numbered programme names', '建立完善“四大机制”，实施“四大人才计划”和“五大兴市战略”。'],
    ['bare 千/万 idioms', '做好千人计划、万人计划申报，深入实施千名校长大练兵。'],
    ['quoted names with measure words', '营造“四个尊重”的良好环境，建设“千人园区”。'],
    [
      'references to other projects, quoted',
      '围绕“10个粮经产业新村建设成片推进综合示范基地”、“6个产村相融现代农业精品园区”开展培训。',
    ],
    ['references to other projects, unquoted', '围绕10个新村示范基地开展产业培训。'],
    ['the count of a list just given', '加强理论研究、新闻传播、文化事业和文化产业4支人才队伍建设。'],
    ['ordinals', '举办第3期培训班，抓好第一资源。'],
    ['the indefinite 一', '形成一批行家里手，打造一个平台。'],
    ['outline numbering and dates', '(1)完善机制;2.加强考核;6月30日前完成。'],
  ])('%s', (_, text) => {
    expect(findTargets(text)).toEqual([]);
  });
});
