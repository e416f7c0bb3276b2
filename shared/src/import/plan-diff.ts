// The re-import diff: tasks and targets added, removed, renamed or restored, and progress the new plan leaves behind.
import type { Plan, Target } from '../plan/schema';
import type { PlanDiff } from './schema';

/** Where progress is stored for a plan: target ids with a figure, task numbers with a report. */
export interface ProgressKeys {
  targetIds: Iterable<string>;
  taskNumbers: Iterable<number>;
}

const NO_PROGRESS: ProgressKeys = { targetIds: [], taskNumbers: [] };

/**
 * Compares the stored plan with the one an import would store (its target ids already reconciled).
 * Pure; `previous` null means a first import.
 * @example diffPlans(stored, dryRun.plan, { targetIds: ['4.1'], taskNumbers: [4] }).targets.removed
 */
export function diffPlans(previous: Plan | null, next: Plan, progress: ProgressKeys = NO_PROGRESS): PlanDiff {
  const oldTasks = new Map((previous?.tasks ?? []).map((t) => [t.number, t]));
  const newTasks = new Map(next.tasks.map((t) => [t.number, t]));
  const oldTargets = targetsById(previous);
  const newTargets = targetsById(next);
  const retired = new Set((previous?.retiredTargets ?? []).map((t) => t.id));
  const taskRef = (t: { number: number; title: string }) => ({ number: t.number, title: t.title });
  const targetRef = (t: Target) => ({ id: t.id, task: t.task, metric: t.metric });
  const addedTargets = [...newTargets.values()].filter((t) => !oldTargets.has(t.id));
  return {
    isNew: previous === null,
    tasks: {
      added: next.tasks.filter((t) => !oldTasks.has(t.number)).map(taskRef),
      removed: [...oldTasks.values()].filter((t) => !newTasks.has(t.number)).map(taskRef),
      renamed: next.tasks.flatMap((t) => {
        const old = oldTasks.get(t.number);
        return old && old.title !== t.title ? [{ ...taskRef(t), from: old.title, to: t.title }] : [];
      }),
    },
    targets: {
      added: addedTargets.filter((t) => !retired.has(t.id)).map(targetRef),
      removed: [...oldTargets.values()].filter((t) => !newTargets.has(t.id)).map(targetRef),
      renamed: [...newTargets.values()].flatMap((t) => {
        const old = oldTargets.get(t.id);
        return old && old.metric !== t.metric ? [{ ...targetRef(t), from: old.metric, to: t.metric }] : [];
      }),
      restored: addedTargets.filter((t) => retired.has(t.id)).map(targetRef),
    },
    orphanedFigures: [...new Set(progress.targetIds)].filter((id) => !newTargets.has(id)),
    orphanedReports: [...new Set(progress.taskNumbers)].filter((n) => !newTasks.has(n)),
  };
}

function targetsById(plan: Plan | null): Map<string, Target> {
  return new Map((plan?.tasks ?? []).flatMap((t) => t.targets.map((x) => [x.id, x] as const)));
}

/** Whether a re-import changes nothing a person would need to confirm. */
export function isEmptyDiff(diff: PlanDiff): boolean {
  const { tasks, targets } = diff;
  const lists: { length: number }[] = [
    ...[tasks.added, tasks.removed, tasks.renamed],
    ...[targets.added, targets.removed, targets.renamed, targets.restored],
    ...[diff.orphanedFigures, diff.orphanedReports],
  ];
  return !diff.isNew && lists.every((list) => list.length === 0);
}
