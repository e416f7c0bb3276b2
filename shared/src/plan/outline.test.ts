// Task numbering in every common form (issue 9, point 2): inputs written for the test.
import { describe, expect, it } from 'vitest';
import { readPlan } from './read';

const read = (body: string) => readPlan(`某县2022年工作要点\n${body}`).plan;
const numbered = (body: string) => read(body).tasks.map((t) => [t.number, t.title]);

describe('task numbering in every common form', () => {
  it.each([
    ['1.', '1.甲任务。（县发改局）\n2.乙任务。（县财政局）'],
    ['1、', '1、甲任务。（县发改局）\n2、乙任务。（县财政局）'],
    ['1．', '１．甲任务。（县发改局）\n２．乙任务。（县财政局）'],
    ['（1）', '（1）甲任务。（县发改局）\n（2）乙任务。（县财政局）'],
    ['第一项：', '第一项：甲任务。（县发改局）\n第二项：乙任务。（县财政局）'],
    ['第一件实事：', '第一件实事：甲任务。（县发改局）\n第二件实事：乙任务。（县财政局）'],
  ])('%s', (_, body) => {
    expect(numbered(body)).toEqual([
      [1, '甲任务'],
      [2, '乙任务'],
    ]);
  });

  it('reads 一、 as sections over numbered tasks, and as tasks when its items carry the units', () => {
    const sectioned = read('一、民生保障\n1.甲任务。（县民政局）\n二、城市建设\n2.乙任务。（县住建局）');
    expect(sectioned.sections.map((s) => s.title)).toEqual(['民生保障', '城市建设']);
    expect(sectioned.tasks.map((t) => [t.number, t.section])).toEqual([
      [1, 1],
      [2, 2],
    ]);
    const list = Array.from(
      { length: 30 },
      (_, i) => `${'一二三四五六七八九十'[i % 10]}、第${i + 1}项工作。（县发改局负责）`,
    );
    list[9] = '十、第10项工作。（县发改局负责）';
    const chinese = ['十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十'];
    for (let i = 10; i < 30; i++)
      list[i] =
        `${i < 20 ? chinese[i - 10] : `二十${'一二三四五六七八九'[i - 20] ?? ''}`}、第${i + 1}项工作。（县发改局负责）`;
    list[29] = '三十、第30项工作。（县发改局负责）';
    const tasks = read(list.join('\n')).tasks;
    expect(tasks).toHaveLength(30);
    expect(tasks.map((t) => t.number)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(tasks.every((t) => t.leadUnit === '县发改局')).toBe(true);
  });

  it('reads （一） as sections over numbered tasks, and as tasks when they carry the units', () => {
    expect(read('（一）稳增长\n1.甲任务。（县发改局）\n（二）惠民生\n2.乙任务。（县民政局）').sections).toHaveLength(2);
    expect(numbered('（一）甲任务。（县发改局）\n（二）乙任务。（县民政局）')).toEqual([
      [1, '甲任务'],
      [2, '乙任务'],
    ]);
  });

  it('keeps a task whose name starts with digits', () => {
    expect(numbered('6.甲任务。（县发改局）\n7.365便民服务热线升级。（县政务服务中心）')).toEqual([
      [6, '甲任务'],
      [7, '365便民服务热线升级'],
    ]);
  });

  it('finds tasks mid-line when a scraped page lost its line breaks', () => {
    const plan = read(
      '1.新建学校2所，年底前完成。（县教育局） 2.新增停车位3000个。（县住建局） 3.改造路灯500盏。（县城管局）',
    );
    expect(plan.tasks.map((t) => [t.number, t.leadUnit, t.targets.map((x) => x.min)])).toEqual([
      [1, '县教育局', [2]],
      [2, '县住建局', [3000]],
      [3, '县城管局', [500]],
    ]);
  });

  it('keeps numbers that are not consecutive, and renumbers numbers that restart', () => {
    expect(read('5.甲。（县发改局）\n7.乙。（县发改局）\n17.丙。（县发改局）').tasks.map((t) => t.number)).toEqual([
      5, 7, 17,
    ]);
    const restarted = read('一、甲\n1.甲一。（县发改局）\n二、乙\n1.乙一。（县发改局）');
    expect(restarted.tasks.map((t) => [t.number, t.section])).toEqual([
      [1, 1],
      [2, 2],
    ]);
  });

  it('gives sub-items （1）（2） to the task above them, with their targets and units', () => {
    const { tasks } = read(
      '1.改善人居环境。\n（1）新建公园3个。（县住建局）\n（2）新增绿地20公顷。（县林业局）\n2.乙任务。（县财政局）',
    );
    expect(tasks).toHaveLength(2);
    expect(tasks[0]).toMatchObject({ leadUnit: '县住建局', units: ['县住建局', '县林业局'] });
    expect(tasks[0]!.targets.map((t) => [t.min, t.unit])).toEqual([
      [3, '个'],
      [20, '公顷'],
    ]);
    expect(tasks[0]!.text).toBe('改善人居环境。（1）新建公园3个。（2）新增绿地20公顷。');
  });
});
