// Push lanes for the benchmark: each lane owns distinct subjects and keeps their versions, so every push applies.
import type { Plan, PlanProgress, ProgressBatch, PushResult } from '@plansync/shared';
import { subjectId, type Subject } from '../src/rules/subject';
import type { Lane } from './load';

export const subjectsOf = (plan: Plan): Subject[] => [
  ...plan.tasks.flatMap((task) => task.targets.map((t): Subject => ({ kind: 'figure', targetId: t.id }))),
  ...plan.tasks.map((task): Subject => ({ kind: 'report', task: task.number })),
];

/** Versions as GET progress reports them (0 for never written). */
export function versionsOf(progress: PlanProgress): Map<string, number> {
  return new Map([
    ...progress.figures.map((f) => [subjectId({ kind: 'figure', targetId: f.targetId }), f.version] as const),
    ...progress.reports.map((r) => [subjectId({ kind: 'report', task: r.task }), r.version] as const),
  ]);
}

let counter = 0;

/** One batch writing `subjects` at their current versions. */
export function batchFor(subjects: Subject[], versions: Map<string, number>): ProgressBatch {
  counter += 1;
  const figures = subjects.flatMap((s) =>
    s.kind === 'figure'
      ? [{ targetId: s.targetId, value: counter % 1000, baseVersion: versions.get(subjectId(s)) ?? 0 }]
      : [],
  );
  const reports = subjects.flatMap((s) =>
    s.kind === 'report'
      ? [
          {
            task: s.task,
            status: 'in_progress' as const,
            progress: `第${counter}次报送：按序时推进`,
            baseVersion: versions.get(subjectId(s)) ?? 0,
          },
        ]
      : [],
  );
  return { ...(figures.length ? { figures } : {}), ...(reports.length ? { reports } : {}) };
}

/** Records the versions a push applied (and the server's, for any conflict). */
export function trackVersions(versions: Map<string, number>, result: PushResult): void {
  for (const a of result.applied) versions.set(subjectId(a), a.version);
  for (const c of result.conflicts) versions.set(subjectId(c), c.server.version);
}

/**
 * Up to `maxLanes` lanes of `entries` subjects each, disjoint, pushing to `url` with `token`.
 * Empty when the plan has fewer than `entries` subjects.
 */
export function pushLanes(
  plan: Plan,
  versions: Map<string, number>,
  entries: number,
  maxLanes: number,
  url: string,
  token: string,
): Lane[] {
  const subjects = subjectsOf(plan);
  const laneCount = Math.min(maxLanes, Math.floor(subjects.length / entries));
  return Array.from({ length: laneCount }, (_, i) => {
    const own = subjects.slice(i * entries, (i + 1) * entries);
    return {
      next: () => ({
        url,
        init: {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify(batchFor(own, versions)),
        },
      }),
      after: (_response, body) => trackVersions(versions, JSON.parse(body) as PushResult),
    };
  });
}
