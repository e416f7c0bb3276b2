// Applies a checked batch to the current progress: stale entries become conflicts, the rest new versions.
import type { Issue } from '../api/error';
import { compareTargetIds } from '../plan/target-id';
import type {
  AppliedEntry,
  Conflict,
  FigureState,
  HistoryEntry,
  PlanProgress,
  ProgressBatch,
  PushResult,
  ReportState,
  WriteStamp,
  Writer,
} from '../progress/schema';
import { withPrevious } from '../assessment/period-values';
import { figureCodec, reportCodec } from '../sync/codec';
import type { Lang } from '../text/localized';
import { refuse, type BatchRefusal } from './refusal';

export interface ApplyInput {
  /** The current progress (the snapshot's). */
  progress: PlanProgress;
  /** A batch `checkBatch` let through. */
  batch: ProgressBatch;
  writer: Writer;
  /** The stamp parts the server makes: one batch id and time for the batch, a write id per entry. */
  batchId: string;
  writtenAt: string;
  newWriteId: () => string;
  lang: Lang;
}

export type ApplyOutcome =
  | { ok: true; result: PushResult; history: HistoryEntry[]; progress: PlanProgress }
  /** A baseVersion ahead of a subject never written (`impossible_base`): the batch is refused whole. */
  | { ok: false; refusal: BatchRefusal };

const aheadMessage = (base: number) => ({
  zh: `baseVersion ${base} 不存在：该项尚未填报过，应为 0。`,
  en: `baseVersion ${base} does not exist: this entry was never written, so it must be 0.`,
});

/**
 * The version rule: an entry applies when its baseVersion equals the subject's current version (0 when never
 * written) and gets version + 1, a history entry (old and new value) and the stamp; otherwise it is a conflict
 * carrying the server's record. Pure: the caller stores `history` and `progress`.
 * @example const outcome = applyBatch({ progress, batch, writer, batchId, writtenAt, newWriteId, lang: 'zh' });
 */
export function applyBatch(input: ApplyInput): ApplyOutcome {
  const { batch, writer, batchId, writtenAt, lang } = input;
  const figures = new Map(input.progress.figures.map((state) => [state.targetId, state]));
  const reports = new Map(input.progress.reports.map((state) => [state.task, state]));
  const applied: AppliedEntry[] = [];
  const conflicts: Conflict[] = [];
  const history: HistoryEntry[] = [];
  const issues: Issue[] = [];
  const stamp = (previous: WriteStamp | undefined): WriteStamp => ({
    version: (previous?.version ?? 0) + 1,
    writer,
    writtenAt,
    writeId: input.newWriteId(),
    batchId,
  });

  batch.figures?.forEach((entry, i) => {
    const { targetId, baseVersion } = entry;
    const server = figures.get(targetId);
    if (baseVersion !== (server?.version ?? 0)) {
      if (server) conflicts.push({ kind: 'figure', targetId, baseVersion, server });
      else issues.push({ path: `figures.${i}.baseVersion`, targetId, message: aheadMessage(baseVersion)[lang] });
      return;
    }
    // The period a figure reports (issue 12) is kept with it; a figure without one is the year's.
    const value = { value: entry.value, note: entry.note ?? null, ...(entry.period ? { period: entry.period } : {}) };
    const written = stamp(server);
    // 上期 rides on the state (issue 12): the figure this one supersedes when it was for an earlier period.
    figures.set(targetId, withPrevious({ targetId, ...value, ...written }, server));
    applied.push({ kind: 'figure', targetId, ...written });
    history.push({
      kind: 'figure',
      targetId,
      old: server ? figureCodec.valueOf(server) : null,
      new: value,
      ...written,
    });
  });

  batch.reports?.forEach((entry, i) => {
    const { task, baseVersion } = entry;
    const server = reports.get(task);
    if (baseVersion !== (server?.version ?? 0)) {
      if (server) conflicts.push({ kind: 'report', task, baseVersion, server });
      else issues.push({ path: `reports.${i}.baseVersion`, task, message: aheadMessage(baseVersion)[lang] });
      return;
    }
    const value = {
      status: entry.status,
      progress: entry.progress,
      problems: entry.problems ?? '',
      nextSteps: entry.nextSteps ?? '',
      ...(entry.period ? { period: entry.period } : {}),
    };
    const written = stamp(server);
    reports.set(task, { task, ...value, ...written });
    applied.push({ kind: 'report', task, ...written });
    history.push({ kind: 'report', task, old: server ? reportCodec.valueOf(server) : null, new: value, ...written });
  });

  if (issues.length > 0) return { ok: false, refusal: refuse('impossible_base', issues) };
  return {
    ok: true,
    result: { batchId, applied, conflicts, replayed: false },
    history,
    progress: sortedProgress(input.progress.planId, figures.values(), reports.values()),
  };
}

/** Progress in plan order, the form the snapshot stores and GET progress returns. */
export function sortedProgress(
  planId: string,
  figures: Iterable<FigureState>,
  reports: Iterable<ReportState>,
): PlanProgress {
  return {
    planId,
    figures: [...figures].sort((a, b) => compareTargetIds(a.targetId, b.targetId)),
    reports: [...reports].sort((a, b) => a.task - b.task),
  };
}
