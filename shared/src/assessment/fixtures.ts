// Test fixtures: the plans, targets and writer the assessment's tests judge (not exported from the package).
import type { Plan, Target, Task } from '../plan/schema';
import type { Writer } from '../progress/schema';

export const EDITOR: Writer = { role: 'editor', unit: '市人社局', tokenId: 'tok-rsj' };
/** A write early in July 2014, after June's figures were due under a 月报 schedule's default day. */
export const JULY_2 = '2014-07-02T02:00:00.000Z';

/** A counted target of the task its id names: 培训 at least `min` 人次, unless `more` says otherwise. */
export function target(id: string, min: number, more: Partial<Target> = {}): Target {
  const task = Number(id.split('.')[0]);
  const base = { id, task, metric: '培训', min, max: min, unit: '人次', approximate: false, quote: 'x', offset: 0 };
  return { ...base, direction: 'at_least', ...more };
}

/** Task `number` led by `leadUnit` (no unit when ''), in section 1 unless `more` says otherwise. */
export function task(number: number, leadUnit: string, targets: Target[] = [], more: Partial<Task> = {}): Task {
  const title = `任务${number}。`;
  const units = leadUnit ? [leadUnit] : [];
  return { number, section: 1, title, text: title, leadUnit, units, groups: [], targets, ...more };
}

/** Plan `p` of 2014 with these sections and tasks, its units the ones named. */
export function testPlan(sections: Plan['sections'], tasks: Task[], units: string[]): Plan {
  return { id: 'p', title: '测试计划', issuer: '', issuedOn: '', year: 2014, sections, tasks, units };
}
