// Checks a schema-valid batch against the plan and the writer: unknown ids, duplicates, then permission.
import type { Issue } from '../api/error';
import type { Plan, Task } from '../plan/schema';
import { canWrite } from '../progress/permissions';
import type { ProgressBatch, Writer } from '../progress/schema';
import type { Lang } from '../text/localized';
import { refuse, type BatchRefusal } from './refusal';

const text = {
  unknownTarget: (id: string) => ({ zh: `工作要点中没有指标 ${id}。`, en: `The plan has no target ${id}.` }),
  unknownTask: (n: number) => ({ zh: `工作要点中没有第 ${n} 项任务。`, en: `The plan has no task ${n}.` }),
  duplicate: (what: string) => ({ zh: `同一批次中 ${what} 出现了两次。`, en: `${what} appears twice in one batch.` }),
  notLead: (n: number, lead: string) => ({
    zh: `第 ${n} 项任务由牵头单位“${lead}”填报，您无权填报。`,
    en: `Task ${n} is reported by its lead unit ${lead}; you may not write it.`,
  }),
};

/**
 * Every problem of the batch at once, so the writer can fix all entries in one go: entries that can never
 * apply (`invalid_entries`, 400) first, else entries the writer may not write (`forbidden_entries`, 403, each
 * naming the task's lead unit). Null when the batch may go on to `applyBatch`.
 * @example const refusal = checkBatch(plan, batch, writer, 'zh');
 */
export function checkBatch(plan: Plan, batch: ProgressBatch, writer: Writer, lang: Lang): BatchRefusal | null {
  const tasks = new Map(plan.tasks.map((task) => [task.number, task]));
  const targetTasks = new Map(plan.tasks.flatMap((task) => task.targets.map((target) => [target.id, task] as const)));
  const invalid: Issue[] = [];
  const forbidden: Issue[] = [];
  const permit = (task: Task, issue: Omit<Issue, 'message'>) => {
    if (!canWrite(writer, task))
      forbidden.push({ ...issue, message: text.notLead(task.number, task.leadUnit)[lang], leadUnit: task.leadUnit });
  };

  const seenTargets = new Set<string>();
  batch.figures?.forEach(({ targetId }, i) => {
    const path = `figures.${i}.targetId`;
    const task = targetTasks.get(targetId);
    if (!task) invalid.push({ path, targetId, message: text.unknownTarget(targetId)[lang] });
    else if (seenTargets.has(targetId))
      invalid.push({ path, targetId, task: task.number, message: text.duplicate(targetId)[lang] });
    else permit(task, { path: `figures.${i}`, targetId, task: task.number });
    seenTargets.add(targetId);
  });

  const seenTasks = new Set<number>();
  batch.reports?.forEach(({ task: number }, i) => {
    const path = `reports.${i}.task`;
    const task = tasks.get(number);
    if (!task) invalid.push({ path, task: number, message: text.unknownTask(number)[lang] });
    else if (seenTasks.has(number)) invalid.push({ path, task: number, message: text.duplicate(`#${number}`)[lang] });
    else permit(task, { path: `reports.${i}`, task: number });
    seenTasks.add(number);
  });

  if (invalid.length > 0) return refuse('invalid_entries', invalid);
  if (forbidden.length > 0) return refuse('forbidden_entries', forbidden);
  return null;
}
