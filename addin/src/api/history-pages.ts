// Every page of one subject's history (or the whole plan's), following GET history's cursor up to a bound.
import type { HistoryEntry } from '@plansync/shared';
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
