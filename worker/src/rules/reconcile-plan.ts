// Re-import: give the new plan's targets the ids they had before, so stored progress stays attached.
import type { Plan, Target, Task } from '@plansync/shared';

/**
 * Within each task, a new target keeps the id of the previous target with the same metric and measure
 * word, or else with the same source phrase. Targets that match nothing get ids above every id the task
 * used before or has progress under (`reservedTargetIds`), so an old record never attaches to a new target.
 * @example const stored = reconcilePlan(previousPlan, parsePlan(text, { id }), idsWithProgress);
 */
export function reconcilePlan(previous: Plan | null, next: Plan, reservedTargetIds: Iterable<string> = []): Plan {
  if (!previous) return next;
  const previousTasks = new Map(previous.tasks.map((task) => [task.number, task]));
  const reserved = [...reservedTargetIds];
  return { ...next, tasks: next.tasks.map((task) => reconcileTask(previousTasks.get(task.number), task, reserved)) };
}

function reconcileTask(previous: Task | undefined, next: Task, reserved: readonly string[]): Task {
  const unmatched = [...(previous?.targets ?? [])];
  const matches: (Target | undefined)[] = next.targets.map(() => undefined);
  // Metric matches first for every target, then quotes: a quote match must not take a previous target
  // that a later target matches by metric.
  for (const same of [sameMetric, sameQuote]) {
    next.targets.forEach((target, i) => {
      if (matches[i]) return;
      const index = unmatched.findIndex((old) => same(old, target));
      if (index !== -1) matches[i] = unmatched.splice(index, 1)[0];
    });
  }
  const usedSuffixes = [...(previous?.targets ?? []).map((t) => t.id), ...reserved]
    .filter((id) => id.startsWith(`${next.number}.`))
    .map((id) => Number(id.slice(id.indexOf('.') + 1)));
  let nextSuffix = Math.max(0, ...usedSuffixes) + 1;
  const targets = next.targets.map((target, i) => ({
    ...target,
    id: matches[i]?.id ?? `${next.number}.${nextSuffix++}`,
  }));
  return { ...next, targets };
}

const sameMetric = (a: Target, b: Target) => a.metric === b.metric && a.unit === b.unit;
const sameQuote = (a: Target, b: Target) => a.quote === b.quote;
