// Real plan texts under seeds/real/ and their expected reading, written by a person from the text (issue 9).
import type { Plan, TargetDirection } from './schema';

interface ExpectedTarget {
  task: number;
  min: number;
  unit: string;
  direction: TargetDirection;
}

export interface RealPlan {
  file: string;
  /** Which forms of issue 9 the text exercises. */
  forms: string;
  title: string;
  year: number;
  /** Lead unit of each task, in order. */
  leads: string[];
  targets: ExpectedTarget[];
}

const pct = (task: number, min: number, direction: TargetDirection): ExpectedTarget => ({
  task,
  min,
  unit: '%',
  direction,
});

export const REAL_PLANS: RealPlan[] = [
  {
    file: 'lishan-2023-key-tasks.txt',
    forms: '牵头单位/责任单位 on own lines; 一、 sections; notice title wrapped over lines; document number; 左右',
    title: '立山区政府2023年重点工作任务分解和责任分工方案',
    year: 2023,
    leads: ['区发改局', '区工信局', '区发改局', '区商务局', '区财政局', '区发改局'],
    targets: [pct(1, 6.2, 'about'), pct(2, 5, 'about'), pct(3, 15, 'about'), pct(4, 9, 'about'), pct(5, 8, 'about')],
  },
  {
    file: 'caidian-2023-targets.txt',
    forms: '（一） tasks with 责任单位 on own lines; the notice’s own 一、二、三、; page metadata; 以上',
    title: '2023年区《政府工作报告》确定的主要目标任务责任分解方案',
    year: 2023,
    leads: ['区发展和改革局', '区科技和经信局', '区发展和改革局'],
    targets: [pct(1, 7, 'at_least'), pct(2, 12, 'at_least'), pct(3, 10, 'at_least')],
  },
  {
    file: 'xuancheng-2024-livelihood.txt',
    forms:
      '(牵头单位:X) labelled in parentheses; 实事 notice with issuer before 关于; standards (每院5万元的标准) no targets',
    title: '2024年实施47项民生实事',
    year: 2024,
    leads: ['市人社局', '市人社局', '市商务局', '市民政局', '市民政局'],
    targets: [
      { task: 1, min: 43000, unit: '人', direction: 'at_least' },
      pct(1, 60, 'at_least'),
      { task: 3, min: 10000, unit: '人次', direction: 'at_least' },
      { task: 3, min: 4100, unit: '人', direction: 'at_least' },
    ],
  },
  {
    file: 'xianan-2023-report-tasks.txt',
    forms: '(责任领导:X;牵头单位:Y;责任单位:Z); 以上, 控制在…以内, 稳定在; phases (二期) and road numbers',
    title: '2023年区《政府工作报告》确定的重点工作任务责任分解方案',
    year: 2023,
    leads: [
      ...['区发改局', '区发改局', '区科经局', '区商务局', '区商务局', '区财政局', '区发改局', '区人社局'],
      ...['区农业农村局', '区发改局', '市生态环境局咸安分局', '区交通运输局'],
    ],
    targets: [
      ...[8, 16, 10, 11, 15, 12].map((min, i) => pct(i + 1, min, 'at_least')),
      pct(8, 4.5, 'at_most'),
      { task: 9, min: 230000, unit: '吨', direction: 'at_least' },
    ],
  },
  {
    file: 'ningbo-2014-livelihood-progress.txt',
    forms:
      'line breaks lost (tasks mid-line); inline 牵头领导/责任单位/项目责任人/配合单位; progress (已完成55%) and a flattened table',
    title: '2014年市政府民生实事项目共有42项任务',
    year: 2014,
    leads: ['市轨道交通工程建设指挥部', '市公安局', '市交通委', '市交通委'],
    targets: [
      { task: 2, min: 300, unit: '套', direction: 'at_least' },
      { task: 3, min: 10, unit: '条', direction: 'at_least' },
      { task: 3, min: 20, unit: '条', direction: 'at_least' },
      { task: 4, min: 3000, unit: '辆', direction: 'at_least' },
      { task: 4, min: 100, unit: '个', direction: 'at_least' },
    ],
  },
  {
    file: 'huzhou-2020-report-tasks.txt',
    forms: '责任单位 on its own line with (列第一位者为…牵头单位,下同); the plan in 附件1 after the notice',
    title: '2020年政府工作报告重点工作责任分解',
    year: 2020,
    leads: ['市经信局'],
    targets: [{ task: 1, min: 200, unit: '亿元', direction: 'at_least' }],
  },
  {
    file: 'xialu-2023-key-tasks.txt',
    forms:
      '[责任单位:…] in square brackets; （一） headings between 一、 and 1.; phases (一期) and months are no targets',
    title: '2023年区政府工作报告重点任务分解',
    year: 2023,
    leads: ['老街办'],
    targets: [],
  },
];

export interface ReadingScore {
  /** Expected targets found (same task, value and measure word). */
  found: number;
  expected: number;
  /** Targets the parser gave. */
  given: number;
  leadsRight: number;
  tasks: number;
}

/** How a parsed plan compares with a person's reading: targets matched by task, value and measure word. */
export function scoreReading(plan: Plan, expected: RealPlan): ReadingScore {
  const given = plan.tasks.flatMap((t) => t.targets);
  const open = [...given];
  let found = 0;
  for (const want of expected.targets) {
    const at = open.findIndex((t) => t.task === want.task && t.min === want.min && t.unit === want.unit);
    if (at >= 0) {
      found++;
      open.splice(at, 1);
    }
  }
  const leadsRight = expected.leads.filter((lead, i) => plan.tasks[i]?.leadUnit === lead).length;
  return { found, expected: expected.targets.length, given: given.length, leadsRight, tasks: expected.leads.length };
}
