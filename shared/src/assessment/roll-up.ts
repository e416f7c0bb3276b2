// 汇总 (roll-up): the assessment summed by lead unit, by section and for the whole plan (issue 12, point 4).
import { z } from 'zod';
import type { Plan, Task } from '../plan/schema';
import { LIGHTS, type Light } from './lights';
import type { UnitReporting } from './reporting';
import type { TargetAssessment } from './target-light';
import type { TaskAssessment } from './task-light';

const count = z.number().int().nonnegative();

/** One line of the roll-up: counts over a set of tasks and their targets. */
export const RollUpLineSchema = z.object({
  tasks: count,
  targets: count,
  /** Tasks with a figure or report that counts for the period being collected (本期已报送). */
  reportedTasks: count,
  /** Targets with a figure at all. */
  figures: count,
  /**
   * Mean 完成率 of the targets with a figure, each counted at most 1 (an exceeded target does not hide one behind);
   * null when none has a figure.
   */
  completion: z.number().min(0).max(1).nullable(),
  /** How many of the tasks have each light (a task's light already sums its targets'). */
  lights: z.object({ done: count, green: count, yellow: count, red: count, none: count }),
});
export type RollUpLine = z.infer<typeof RollUpLineSchema>;

export const RollUpSchema = z.object({
  /** One line per lead unit, in the order of `units`, with its reporting state (未报送 when `overdue`). */
  units: z.array(RollUpLineSchema.extend({ unit: z.string(), reported: z.boolean(), overdue: z.boolean() })),
  /** One line per section of the plan (none when the plan has no sections). */
  sections: z.array(RollUpLineSchema.extend({ section: z.number().int().positive(), title: z.string() })),
  /** The whole plan, tasks without a lead unit included. */
  total: RollUpLineSchema,
});
export type RollUp = z.infer<typeof RollUpSchema>;

/** What the roll-up sums: the assessment's own judgements, never judged again here. */
export interface Judgements {
  targets: readonly TargetAssessment[];
  tasks: readonly TaskAssessment[];
  units: readonly UnitReporting[];
  /** Tasks with a figure or report counting for the period (`reportedTasks`). */
  reported: ReadonlySet<number>;
}

/**
 * Sums a plan's assessment by lead unit, by section and in total. Linear in tasks and targets.
 * @example rollUp(plan, { targets, tasks, units, reported }).units[0] // { unit: '市委组织部', tasks: 9, … }
 */
export function rollUp(plan: Plan, judged: Judgements): RollUp {
  const taskLight = new Map(judged.tasks.map((t) => [t.task, t.light]));
  const targetsOf = groupBy(judged.targets, (t) => t.task);
  const line = (tasks: readonly Task[]): RollUpLine => {
    const lights = Object.fromEntries(LIGHTS.map((l) => [l, 0])) as Record<Light, number>;
    let [targets, figures, sum, reportedTasks] = [0, 0, 0, 0];
    for (const task of tasks) {
      lights[taskLight.get(task.number) ?? 'none']++;
      if (judged.reported.has(task.number)) reportedTasks++;
      for (const t of targetsOf.get(task.number) ?? []) {
        targets++;
        if (t.completion === null) continue;
        figures++;
        sum += Math.min(t.completion, 1);
      }
    }
    return { tasks: tasks.length, targets, reportedTasks, figures, completion: figures ? sum / figures : null, lights };
  };
  const byUnit = groupBy(plan.tasks, (t) => t.leadUnit);
  const bySection = groupBy(plan.tasks, (t) => t.section);
  return {
    units: judged.units.map((u) => ({
      unit: u.unit,
      reported: u.reported,
      overdue: u.overdue,
      ...line(byUnit.get(u.unit) ?? []),
    })),
    sections: plan.sections.map((s) => ({ section: s.number, title: s.title, ...line(bySection.get(s.number) ?? []) })),
    total: line(plan.tasks),
  };
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
