// Synthetic plans of a chosen size, for benchmarks and load tests.
import type { Plan, Task } from './schema';

const UNITS = ['市委组织部', '市人社局', '市科技局', '市经信委', '市教育局', '市卫生局', '市商务局', '市农委'];
const TARGETS_PER_TASK = 4;

/** A valid plan with `targetCount` targets spread over tasks of four targets each, in four sections. */
export function syntheticPlan(targetCount: number, id = `synthetic-${targetCount}`): Plan {
  const taskCount = Math.max(1, Math.ceil(targetCount / TARGETS_PER_TASK));
  const sectionSize = Math.ceil(taskCount / 4);
  const tasks: Task[] = [];
  for (let n = 1; n <= taskCount; n++) {
    const lead = UNITS[n % UNITS.length]!;
    const co = UNITS[(n + 3) % UNITS.length]!;
    const count = Math.min(TARGETS_PER_TASK, targetCount - (n - 1) * TARGETS_PER_TASK);
    const phrases = Array.from(
      { length: Math.max(0, count) },
      (_, k) => `新建${10 * (k + 1)}个第${n}类示范基地${k + 1}`,
    );
    const text = `推进第${n}项工作。全年${phrases.join('、')}。`;
    tasks.push({
      number: n,
      section: Math.floor((n - 1) / sectionSize) + 1,
      title: `推进第${n}项工作。`,
      text,
      leadUnit: lead,
      units: [lead, co],
      groups: ['市人才工作领导小组有关成员单位'],
      targets: phrases.map((quote, k) => ({
        id: `${n}.${k + 1}`,
        task: n,
        metric: `新建第${n}类示范基地${k + 1}`,
        min: 10 * (k + 1),
        max: 10 * (k + 1),
        unit: '个',
        approximate: false,
        direction: 'at_least' as const,
        quote,
        offset: text.indexOf(quote),
      })),
    });
  }
  const sectionCount = Math.max(...tasks.map((t) => t.section));
  return {
    id,
    title: `合成测试计划（${targetCount}项指标）`,
    issuer: '合成测试',
    issuedOn: '2014-06-04',
    year: 2014,
    sections: Array.from({ length: sectionCount }, (_, i) => ({ number: i + 1, title: `第${i + 1}部分` })),
    tasks,
    units: UNITS,
  };
}
