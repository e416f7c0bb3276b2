// A 任务分解表 read from the workbook: header variants, merged or blank cells, targets in their column or the text.
import { describe, expect, it } from 'vitest';
import { PlanSchema } from '../plan/schema';
import { TableImportError, planFromTable } from './table-plan';

const lead = (plan: { tasks: { leadUnit: string }[] }) => plan.tasks.map((t) => t.leadUnit);

describe('planFromTable', () => {
  it('maps 序号/重点任务/牵头单位/配合单位/工作目标/完成时限 and reads targets from the target column', () => {
    const { plan, warnings } = planFromTable(
      [
        ['2024年人才工作任务分解表', '', '', '', '', ''],
        ['序号', '重点任务', '牵头单位', '配合单位', '工作目标', '完成时限'],
        ['1', '实施人才引进计划', '市委组织部', '市人社局、市科技局', '引进高层次人才50名左右', '12月底'],
        ['2', '建设技能大师工作室', '市人社局', '各区县政府', '新建5-8个工作室', '10月底'],
      ],
      { id: 'table-2024' },
    );
    expect(PlanSchema.safeParse(plan).success).toBe(true);
    expect(plan.title).toBe('2024年人才工作任务分解表');
    expect(plan.year).toBe(2024);
    expect(warnings).toEqual([]);
    expect(plan.tasks.map((t) => [t.number, t.leadUnit, t.units, t.groups, t.dueBy])).toEqual([
      [1, '市委组织部', ['市委组织部', '市人社局', '市科技局'], [], '12月底'],
      [2, '市人社局', ['市人社局'], ['各区县政府'], '10月底'],
    ]);
    const [first, second] = plan.tasks.map((t) => t.targets);
    expect(first!.map((t) => [t.id, t.min, t.max, t.unit, t.approximate])).toEqual([['1.1', 50, 50, '名', true]]);
    expect(second!.map((t) => [t.min, t.max, t.unit])).toEqual([[5, 8, '个']]);
    // The quote sits in the task's text at its offset, so the 计划 sheet and the ledgers can show it in context.
    for (const t of plan.tasks.flatMap((x) => x.targets)) {
      const text = plan.tasks.find((x) => x.number === t.task)!.text;
      expect(text.slice(t.offset, t.offset + t.quote.length)).toBe(t.quote);
    }
  });

  it('lets the first 责任单位 lead when there is no 牵头单位 column, and finds targets in the task text', () => {
    const { plan } = planFromTable(
      [
        ['编号', '主要任务', '责任单位', '时间节点'],
        ['1', '全年培训专业技术人员10万人次', '市人社局、市教育局', '年底前'],
        ['2', '推进人才公寓建设', '市住建局', ''],
      ],
      { id: 'no-lead-column', title: '2015年工作要点' },
    );
    expect(lead(plan)).toEqual(['市人社局', '市住建局']);
    expect(plan.tasks[0]!.targets.map((t) => [t.min, t.unit])).toEqual([[100000, '人次']]);
    expect(plan.tasks[1]!.targets).toEqual([]);
    expect(plan.tasks[1]!.dueBy).toBeUndefined();
    expect(plan.year).toBe(2015);
  });

  it('reads section rows, merged 序号 and unit cells, and warns where a person should look', () => {
    const { plan, warnings } = planFromTable(
      [
        ['序号', '工作任务', '牵头单位', '责任单位', '目标'],
        ['一、人才引进', '', '', '', ''],
        ['1', '引进急需紧缺人才', '', '', ''],
        ['2', '引进海外团队', '市科技局', '市外办', '引进5个团队'],
        ['', '配套落户服务', '', '', ''],
        ['3', '建设人才驿站', '', '', ''],
        ['二、人才培养', '二、人才培养', '二、人才培养', '二、人才培养', '二、人才培养'],
        ['4', '培养青年骨干', '市教育局', '', '培养青年骨干200名'],
      ],
      { id: 'merged', title: '人才工作任务', year: 2016 },
    );
    expect(plan.sections).toEqual([
      { number: 1, title: '人才引进' },
      { number: 2, title: '人才培养' },
    ]);
    expect(plan.tasks.map((t) => [t.number, t.section])).toEqual([
      [1, 1],
      [2, 1],
      [3, 1],
      [4, 2],
    ]);
    // The row under task 2 with a blank 序号 continues task 2 (its 序号 cell was merged over both rows).
    expect(plan.tasks[1]!.text).toContain('配套落户服务');
    // Task 3's blank units are task 2's (a merged 牵头单位 cell), flagged; task 1 has none at all.
    expect(lead(plan)).toEqual(['', '市科技局', '市科技局', '市教育局']);
    expect(warnings.map((w) => [w.task, w.kind])).toEqual([
      [3, 'units_from_above'],
      [1, 'no_units'],
    ]);
    expect(warnings.every((w) => /[\u4e00-\u9fff]/.test(w.message.zh))).toBe(true);
    expect(plan.tasks[3]!.targets.map((t) => [t.min, t.unit])).toEqual([[200, '名']]);
  });

  it('never takes numbers in 序号 or unit cells as targets, and warns when no year is given', () => {
    const { plan, warnings } = planFromTable(
      [
        ['序号', '改革举措', '牵头单位', '推广范围'],
        ['1', '推行企业登记全程电子化', '市场监管局', '5个试点区县'],
      ],
      { id: 'no-year', title: '改革任务清单' },
    );
    expect(plan.tasks[0]!.targets).toEqual([]);
    expect(plan.tasks[0]!.leadUnit).toBe('市场监管局');
    expect(warnings.map((w) => w.kind)).toEqual(['no_year']);
  });

  it('numbers rows in order when the table has no 序号, and renumbers a duplicated one', () => {
    const noNumbers = planFromTable(
      [
        ['工作任务', '牵头单位'],
        ['甲任务', '市委组织部'],
        ['乙任务', '市人社局'],
      ],
      {
        id: 'a',
        year: 2020,
      },
    );
    expect(noNumbers.plan.tasks.map((t) => t.number)).toEqual([1, 2]);
    const duplicated = planFromTable(
      [
        ['序号', '工作任务', '牵头单位'],
        ['1', '甲任务', '市委组织部'],
        ['1', '乙任务', '市人社局'],
      ],
      { id: 'b', year: 2020 },
    );
    expect(duplicated.plan.tasks.map((t) => [t.number, t.title])).toEqual([
      [1, '甲任务'],
      [2, '乙任务'],
    ]);
  });

  it('refuses a selection without a header row, in Chinese', () => {
    expect(() =>
      planFromTable(
        [
          ['甲', '乙'],
          ['1', '2'],
        ],
        { id: 'x' },
      ),
    ).toThrow(TableImportError);
    expect(() => planFromTable([['甲', '乙']], { id: 'x' })).toThrow(/表头/);
  });
});
