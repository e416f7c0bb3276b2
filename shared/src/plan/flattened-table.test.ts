// A 任务分解表 flattened to text (issue 9, point 1): columns give number, task, units and deadline.
import { describe, expect, it } from 'vitest';
import { readPlan } from './read';

describe('a table flattened to text', () => {
  it('reads a tab-separated table: lead from its column, no targets from the scope column', () => {
    const { plan } = readPlan(
      [
        '某市2019年营商环境改革举措清单',
        '序号\t改革举措\t牵头单位\t推广范围',
        '1\t推行企业登记全程电子化\t市场监管局\t5个试点区县',
        '2\t压缩工程建设项目审批时间至80个工作日以内\t市住建局\t全市',
      ].join('\n'),
    );
    expect(plan.year).toBe(2019);
    expect(plan.tasks.map((t) => [t.number, t.title, t.leadUnit])).toEqual([
      [1, '推行企业登记全程电子化', '市场监管局'],
      [2, '压缩工程建设项目审批时间至80个工作日以内', '市住建局'],
    ]);
    expect(plan.tasks.flatMap((t) => t.targets)).toEqual([]);
  });

  it('reads cells split by runs of spaces, with units, deadline and targets of the task cell', () => {
    const { plan } = readPlan(
      [
        '某区2022年重点工作任务分解表',
        '序号    工作任务                      牵头单位    责任单位              完成时限',
        '一、民生实事',
        '1       新增城镇就业5000人以上        区人社局    区财政局、各街道      12月底',
        '2       改造老旧小区30个              区住建局    各街道办事处          10月底',
      ].join('\n'),
    );
    expect(plan.sections.map((s) => s.title)).toEqual(['民生实事']);
    expect(plan.tasks.map((t) => [t.leadUnit, t.units, t.groups, t.dueBy])).toEqual([
      ['区人社局', ['区人社局', '区财政局'], ['各街道'], '12月底'],
      ['区住建局', ['区住建局'], ['各街道办事处'], '10月底'],
    ]);
    expect(plan.tasks.flatMap((t) => t.targets).map((t) => [t.min, t.unit, t.direction])).toEqual([
      [5000, '人', 'at_least'],
      [30, '个', 'at_least'],
    ]);
  });

  it('reads short rows as rows with blank cells at their end', () => {
    const { plan } = readPlan(
      '2022年任务分解表\n序号\t工作任务\t牵头单位\t完成时限\n1\t新建学校3所\n2\t改造路灯500盏\t县城管局',
    );
    expect(plan.tasks.map((t) => [t.number, t.leadUnit, t.dueBy])).toEqual([
      [1, '', undefined],
      [2, '县城管局', undefined],
    ]);
  });
});
