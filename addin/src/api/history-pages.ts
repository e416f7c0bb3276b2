// Every page of one subject's history (or the whole plan's), following GET history's cursor up to a bound, and the
// history of one selected figure or report as change rows for the pane.
import { changeRows, type ChangeRow, type HistoryEntry, type Lang } from '@plansync/shared';
import type { ApiClient, HistoryQuery } from './client';

/** Pushes per page: the route's maximum, so a year of monthly reports is one request. */
const PAGE = 200;

export interface HistoryRead {
  entries: HistoryEntry[];
  /** True when `maxPages` ran out before the history did (the oldest pages were read, the newest not). */
  cut: boolean;
}

/**
 * Reads `subject`'s history page by page (one request each, at most `maxPages`), oldest first as served.
 * @example await readHistory(api, 'chengdu-2014', { target: '4.1' }) // → { entries, cut: false }
 */
export async function readHistory(
  api: ApiClient,
  planId: string,
  subject: Pick<HistoryQuery, 'target' | 'task'>,
  maxPages = 10,
): Promise<HistoryRead> {
  const entries: HistoryEntry[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < maxPages; pages++) {
    const page = await api.history(planId, { ...subject, limit: PAGE, ...(cursor ? { cursor } : {}) });
    entries.push(...page.entries);
    cursor = page.cursor;
    if (!cursor) return { entries, cut: false };
  }
  return { entries, cut: true };
}

/** A selected figure or report: the target whose figure it is (null: the task's report). */
export interface HistorySubject {
  targetId: string | null;
  task: number;
}

/**
 * The history of one figure or one report as change rows, newest first: a target's pages, or the task's pages with
 * its figures left out (GET history serves a task's report and figures together).
 */
export async function subjectHistory(
  api: ApiClient,
  planId: string,
  subject: HistorySubject,
  lang: Lang,
): Promise<{ rows: ChangeRow[]; cut: boolean }> {
  const read = await readHistory(api, planId, subject.targetId ? { target: subject.targetId } : { task: subject.task });
  const entries = subject.targetId ? read.entries : read.entries.filter((e) => e.kind === 'report');
  return { rows: changeRows(entries, lang), cut: read.cut };
}
