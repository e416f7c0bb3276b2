// Re-import: give the new plan's targets the ids they had before, so stored progress stays attached.
import { indexInTask, type Plan, type Target, type Task } from '@plansync/shared';

export interface ReconcileOptions {
  /**
   * `match` (a text import, or a table read positionally): target ids are the parser's positions and are
   * replaced by matching. `given` (Plan JSON): the ids are the sender's and are kept as they are (issue 13).
   */
  ids: 'match' | 'given';
  /** Ids holding progress: a fresh id never takes one, so an old record never attaches to a new target. */
  reserved?: Iterable<string>;
}

/**
 * Within each task, a new target keeps the id of the previous target with the same metric and measure word, or
 * else with the same source phrase; failing both, the id of a target an earlier import removed (`retiredTargets`,
 * matched the same way), so a restored target gets its figures back. Targets that match nothing get ids above
 * every id the task used, retired or holding progress. Either way the result lists as `retiredTargets` every
 * target the previous plan had (or had retired) whose id the new plan no longer uses.
 * @example const stored = reconcilePlan(previousPlan, readPlan(text, { id }).plan, { ids: 'match', reserved });
 */
export function reconcilePlan(previous: Plan | null, next: Plan, options: ReconcileOptions): Plan {
  const { retiredTargets: _ignored, ...incoming } = next;
  if (!previous) return incoming;
  const reserved = [...(options.reserved ?? [])];
  const tasks =
    options.ids === 'given' ? incoming.tasks : incoming.tasks.map((task) => reconcileTask(previous, task, reserved));
  const kept = new Set(tasks.flatMap((t) => t.targets.map((x) => x.id)));
  const retired = new Map<string, Target>();
  for (const target of [...(previous.retiredTargets ?? []), ...previous.tasks.flatMap((t) => t.targets)])
    if (!kept.has(target.id)) retired.set(target.id, target);
  return { ...incoming, tasks, ...(retired.size ? { retiredTargets: [...retired.values()] } : {}) };
}

function reconcileTask(previous: Plan, next: Task, reserved: readonly string[]): Task {
  const ofTask = (targets: readonly Target[]) => targets.filter((t) => t.task === next.number);
  const live = ofTask(previous.tasks.find((t) => t.number === next.number)?.targets ?? []);
  const retired = ofTask(previous.retiredTargets ?? []);
  const matches: (Target | undefined)[] = next.targets.map(() => undefined);
  // Live targets before retired ones, and per pool metric matches before quotes: a quote match must not take a
  // previous target that a later target matches by metric.
  for (const pool of [[...live], [...retired]]) {
    for (const same of [sameMetric, sameQuote]) {
      next.targets.forEach((target, i) => {
        if (matches[i]) return;
        const index = pool.findIndex((old) => same(old, target));
        if (index !== -1) matches[i] = pool.splice(index, 1)[0];
      });
    }
  }
  const usedSuffixes = [...live, ...retired]
    .map((t) => t.id)
    .concat(reserved)
    .filter((id) => id.startsWith(`${next.number}.`))
    .map(indexInTask);
  let nextSuffix = Math.max(0, ...usedSuffixes) + 1;
  const targets = next.targets.map((target, i) => ({
    ...target,
    id: matches[i]?.id ?? `${next.number}.${nextSuffix++}`,
  }));
  return { ...next, targets };
}

const sameMetric = (a: Target, b: Target) => a.metric === b.metric && a.unit === b.unit;
const sameQuote = (a: Target, b: Target) => a.quote === b.quote;
