// Responsible units in every common form (issue 9, point 1): inputs written for the test.
import { describe, expect, it } from 'vitest';
import { readPlan } from './read';
import { readResponsibility } from './responsible';
import { parseUnitList } from './units';

const plan = (body: string) => readPlan(`某市2021年重点工作任务分工方案\n${body}`).plan;
const who = (line: string) => readResponsibility(line).responsible;

describe('responsible units in every common form', () => {
  it('labelled inside the parentheses', () => {
    const { tasks } = plan('2.新建社区养老服务站20个。（牵头单位：市民政局；责任单位：市财政局，各区县政府）');
    expect(tasks[0]).toMatchObject({
      number: 2,
      leadUnit: '市民政局',
      units: ['市民政局', '市财政局'],
      groups: ['各区县政府'],
      text: '新建社区养老服务站20个。',
    });
  });

  it('on their own lines after the task', () => {
    const { tasks } = plan(
      '3.城镇新增就业1.2万人左右。\n牵头单位：区人社局\n责任单位：区财政局，各街道办事处\n4.抓好落实。（区发改局）',
    );
    expect(tasks.map((t) => [t.number, t.leadUnit, t.units, t.groups, t.text])).toEqual([
      [3, '区人社局', ['区人社局', '区财政局'], ['各街道办事处'], '城镇新增就业1.2万人左右。'],
      [4, '区发改局', ['区发改局'], [], '抓好落实。'],
    ]);
  });

  it('牵头 and 配合, 等负责', () => {
    expect(who('抓好水利建设。（市农业局牵头，市水务局配合）')).toEqual({
      units: ['市农业局', '市水务局'],
      groups: [],
    });
    expect(who('整治交通秩序。（市交通局、市公安局等负责）')).toEqual({ units: ['市交通局', '市公安局'], groups: [] });
    expect(who('推进改革。（市财政局配合，市发改委牵头）').units[0]).toBe('市发改委');
  });

  it('inline labelled fields on one line: a person is never a unit, and the deadline is kept', () => {
    const { tasks } = plan(
      '5.新增公共自行车2000辆。 分管领导：〔姓名〕 责任单位：市城管局 责任人：〔姓名〕 配合单位：市财政局、市规划局 完成时限：10月底',
    );
    expect(tasks[0]).toMatchObject({
      leadUnit: '市城管局',
      units: ['市城管局', '市财政局', '市规划局'],
      dueBy: '10月底',
      text: '新增公共自行车2000辆。',
    });
    expect(tasks[0]!.targets.map((t) => [t.min, t.unit])).toEqual([[2000, '辆']]);
  });

  it('负责 with one unit, an explanatory sentence, 会同 and 等有关部门', () => {
    expect(who('开展科技攻关。（科技部负责）')).toEqual({ units: ['科技部'], groups: [] });
    expect(who('深化改革。（发展改革委、财政部负责。列第一位者为牵头单位，下同）')).toEqual({
      units: ['发展改革委', '财政部'],
      groups: [],
    });
    expect(who('推进立法。（司法部会同有关部门负责）')).toEqual({ units: ['司法部'], groups: ['有关部门'] });
    expect(who('稳定就业。（人力资源社会保障部等有关部门和单位负责）')).toEqual({
      units: ['人力资源社会保障部'],
      groups: ['有关部门和单位'],
    });
  });

  it('splits lists: shared name endings, one group of 各乡、镇, catch-alls as groups', () => {
    expect(parseUnitList('各乡、镇人民政府')).toEqual({ units: [], groups: ['各乡、镇人民政府'] });
    expect(parseUnitList('东湖、西湖管理区')).toEqual({ units: ['东湖管理区', '西湖管理区'], groups: [] });
    expect(parseUnitList('市卫健委，市直各部门；有关区县单位,市教育局')).toEqual({
      units: ['市卫健委', '市教育局'],
      groups: ['市直各部门', '有关区县单位'],
    });
    expect(parseUnitList('高等院校管理中心、市消防救援支队').units).toEqual(['高等院校管理中心', '市消防救援支队']);
  });

  it('reads units ending in 队 中心 办 委 局 院 会 所 站 公司 集团 管委会 政府', () => {
    const names = ['市消防支队', '市政务服务中心', '市委政法委', '市城投集团', '高新区管委会', '市水务公司'];
    for (const name of names) expect(who(`推进工作。（${name}）`).units).toEqual([name]);
  });

  it('leaves an aside in the text', () => {
    expect(readResponsibility('支持青年创业(大学生)')).toEqual({
      body: '支持青年创业(大学生)',
      responsible: { units: [], groups: [] },
    });
  });
});
