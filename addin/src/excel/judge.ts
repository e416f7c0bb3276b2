// The assessment an action writes into the ledgers (序时进度, 亮灯) and the period a sync reports (issue 12).
import { civilDateOf, reportingPeriodAt, type Assessment, type ReportingPeriod } from '@plansync/shared';
import type { ApiClient } from '../api/client';
import { ApiRequestError, NetworkError, ResponseShapeError } from '../api/errors';
import type { Lang } from '../i18n/lang';
import { judgedRows, type Judged } from '../layout/lights';

/** Today in the plans' time zone (China, UTC+8), as offices date their judgements. */
export const todayInChina = (): string => civilDateOf(new Date().toISOString());

export interface Judgement {
  assessment: Assessment;
  rows: { figures: Map<string, Judged>; reports: Map<string, Judged> };
}

/**
 * The plan judged as of `asOf`, with each row's cells; null when the server cannot say (offline, or a worker
 * without the route): the lights then keep what they showed, and the action itself is not failed for it.
 */
export async function judge(api: ApiClient, planId: string, asOf: string, lang: Lang): Promise<Judgement | null> {
  try {
    const assessment = await api.assessment(planId, asOf);
    return { assessment, rows: judgedRows(assessment, lang) };
  } catch (error) {
    if (error instanceof NetworkError || error instanceof ApiRequestError || error instanceof ResponseShapeError)
      return null;
    throw error;
  }
}

/**
 * The period a sync on `asOf` reports (the last one closed, BRIEF: 截至6月底), from the plan's schedule; undefined
 * when the schedule cannot be read, and the figures then go as the year's, as before periods existed.
 */
export async function reportingPeriod(
  api: ApiClient,
  planId: string,
  asOf: string,
): Promise<ReportingPeriod | undefined> {
  try {
    return reportingPeriodAt(asOf, (await api.schedule(planId)).resolved);
  } catch (error) {
    if (error instanceof NetworkError || error instanceof ApiRequestError || error instanceof ResponseShapeError)
      return undefined;
    throw error;
  }
}
