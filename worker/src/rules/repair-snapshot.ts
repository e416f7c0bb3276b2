// Rebuilding a snapshot from history: find the subjects whose newest history write the snapshot lacks.
import {
  sortedProgress,
  withPrevious,
  type FigureState,
  type HistoryEntry,
  type PlanProgress,
  type ReportState,
  type WriteStamp,
} from '@plansync/shared';
import { compareStamps } from './stamp-order';
import { subjectId, type Subject } from './subject';

type Newest = Pick<WriteStamp, 'version' | 'writtenAt' | 'writeId'> & { subject: Subject };

/** Subjects whose newest history write is newer than what the snapshot holds (or absent from it). */
export function subjectsBehind<T extends Newest>(progress: PlanProgress, newest: Iterable<T>): T[] {
  const current = new Map<string, Pick<WriteStamp, 'version' | 'writtenAt' | 'writeId'>>([
    ...progress.figures.map((s) => [subjectId({ kind: 'figure', targetId: s.targetId }), s] as const),
    ...progress.reports.map((s) => [subjectId({ kind: 'report', task: s.task }), s] as const),
  ]);
  return [...newest].filter((write) => {
    const held = current.get(subjectId(write.subject));
    return !held || compareStamps(write, held) > 0;
  });
}

/** The stamps of every state in `progress`, to compare another copy of it with `subjectsBehind`. */
export function stampsOf(progress: PlanProgress): Newest[] {
  return [
    ...progress.figures.map((s) => ({ ...s, subject: { kind: 'figure' as const, targetId: s.targetId } })),
    ...progress.reports.map((s) => ({ ...s, subject: { kind: 'report' as const, task: s.task } })),
  ];
}

/** The state a history entry leaves its subject in. */
function stateAfter(entry: HistoryEntry): FigureState | ReportState {
  const { kind: _kind, old: _old, new: value, ...rest } = entry;
  return { ...rest, ...value } as FigureState | ReportState;
}

/**
 * The snapshot progress with the given history entries' states put in place of older ones, oldest first, each figure
 * carrying 上期 as a push would (`withPrevious`).
 */
export function restore(progress: PlanProgress, entries: readonly HistoryEntry[]): PlanProgress {
  const figures = new Map(progress.figures.map((s) => [s.targetId, s]));
  const reports = new Map(progress.reports.map((s) => [s.task, s]));
  for (const entry of entries) {
    const state = stateAfter(entry);
    if ('targetId' in state) figures.set(state.targetId, withPrevious(state, figures.get(state.targetId)));
    else reports.set(state.task, state);
  }
  return sortedProgress(progress.planId, figures.values(), reports.values());
}
