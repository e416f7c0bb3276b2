// Calls the worker's routes (see TEAM.md's contract) and parses every answer with the shared zod schemas.
import {
  ApiErrorSchema,
  DryRunResultSchema,
  PlanWarningSchema,
  type DryRunResult,
  AssessmentSchema,
  ScheduleReplySchema,
  type Assessment,
  type ReportingScheduleInput,
  type ScheduleReply,
  HistorySchema,
  type History,
  PlanProgressSchema,
  PlanSchema,
  PlanSummarySchema,
  PushResultSchema,
  MeSchema,
  type Plan,
  type PlanProgress,
  type PlanSummary,
  type ProgressBatch,
  type PushResult,
  type Me,
} from '@plansync/shared';
import { z } from 'zod';
import type { Lang } from '../i18n/lang';
import { ApiRequestError, NetworkError, ResponseShapeError } from './errors';

export interface ApiClient {
  me(): Promise<Me>;
  plans(): Promise<PlanSummary[]>;
  plan(planId: string): Promise<Plan>;
  progress(planId: string): Promise<PlanProgress>;
  /** One batch, applied at most once per `idempotencyKey`. */
  push(planId: string, batch: ProgressBatch, idempotencyKey: string): Promise<PushResult>;
  /** What importing `body` would store, with the parser's warnings and the diff; nothing is stored (admin). */
  previewImport(planId: string, body: PlanImportBody): Promise<DryRunResult>;
  /** Imports `body` as plan `planId` (admin). */
  importPlan(planId: string, body: PlanImportBody): Promise<PlanSummary>;
  /** The reporting schedule in force (the default until an admin sets one), also resolved with the plan period. */
  schedule(planId: string): Promise<ScheduleReply>;
  /** Admin only: set the reporting schedule. */
  setSchedule(planId: string, schedule: ReportingScheduleInput): Promise<ScheduleReply>;
  /** The plan judged as of a date (`YYYY-MM-DD`): 序时进度, lights, who has not reported. */
  assessment(planId: string, asOf: string): Promise<Assessment>;
  /** One page of accepted writes, oldest first: of a target, a task (its report and figures) or the whole plan. */
  history(planId: string, query: HistoryQuery): Promise<History>;
}

/** Whose history (neither `target` nor `task`: the whole plan's) and which page; see GET history. */
export interface HistoryQuery {
  target?: string;
  task?: number;
  /** Pushes per page (1–200). */
  limit?: number;
  /** The previous page's `cursor`. */
  cursor?: string;
}

/** A plan text, or Plan JSON whose target ids are `given` (kept) or positions the server must `match`. */
export type PlanImportBody = { text: string } | { plan: Plan; ids: 'given' | 'match' };

export interface ApiOptions {
  baseUrl: string;
  token: string;
  lang: Lang;
  fetch?: typeof fetch;
  /** Give up on a request after this long (a hung connection must not hang the pane). */
  timeoutMs?: number;
}

const PlanListSchema = z.object({ plans: z.array(PlanSummarySchema) });
const PlanImportedSchema = z.object({ plan: PlanSummarySchema, warnings: z.array(PlanWarningSchema) });

/** A request's options; headers as a record, so they can be merged by spreading. */
type RequestOptions = Omit<RequestInit, 'headers'> & { headers?: Record<string, string> };

/** @example const api = createApiClient({ baseUrl: 'http://localhost:8787', token, lang: 'zh' }); await api.me() */
export function createApiClient({
  baseUrl,
  token,
  lang,
  fetch: doFetch = globalThis.fetch.bind(globalThis),
  timeoutMs = 30_000,
}: ApiOptions): ApiClient {
  const root = baseUrl.replace(/\/+$/, '');
  async function request<T>(schema: z.ZodType<T>, path: string, init: RequestOptions = {}): Promise<T> {
    let response: Response;
    try {
      response = await doFetch(`${root}${path}`, {
        ...init,
        signal: AbortSignal.timeout(timeoutMs),
        headers: {
          Authorization: `Bearer ${token}`,
          'Accept-Language': lang === 'zh' ? 'zh-CN' : 'en',
          ...init.headers,
        },
      });
    } catch (cause) {
      throw new NetworkError(cause instanceof Error ? cause.message : String(cause), { cause });
    }
    const body: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      const error = ApiErrorSchema.safeParse(body);
      if (error.success)
        throw new ApiRequestError(
          response.status,
          error.data.error.code,
          error.data.error.message,
          error.data.error.details,
        );
      throw new ResponseShapeError(`HTTP ${response.status} from ${path} without an error body`);
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success)
      throw new ResponseShapeError(`Unexpected answer from ${path}: ${parsed.error.issues[0]?.message ?? ''}`);
    return parsed.data;
  }
  const plan = (id: string) => `/api/plans/${encodeURIComponent(id)}`;
  const putPlan = (planId: string, body: PlanImportBody, dryRun: boolean) => {
    const query = new URLSearchParams(dryRun ? { dryRun: 'true' } : {});
    if ('plan' in body) query.set('ids', body.ids);
    const init: RequestOptions =
      'plan' in body
        ? { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body.plan) }
        : { method: 'PUT', headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: body.text };
    return [`${plan(planId)}?${query}`, init] as const;
  };
  return {
    me: () => request(MeSchema, '/api/me'),
    plans: async () => (await request(PlanListSchema, '/api/plans')).plans,
    plan: (planId) => request(PlanSchema, plan(planId)),
    progress: (planId) => request(PlanProgressSchema, `${plan(planId)}/progress`),
    push: (planId, batch, idempotencyKey) =>
      request(PushResultSchema, `${plan(planId)}/progress`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey },
        body: JSON.stringify(batch),
      }),
    previewImport: (planId, body) => request(DryRunResultSchema, ...putPlan(planId, body, true)),
    importPlan: async (planId, body) => (await request(PlanImportedSchema, ...putPlan(planId, body, false))).plan,
    schedule: (planId) => request(ScheduleReplySchema, `${plan(planId)}/schedule`),
    setSchedule: (planId, schedule) =>
      request(ScheduleReplySchema, `${plan(planId)}/schedule`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(schedule),
      }),
    assessment: (planId, asOf) =>
      request(AssessmentSchema, `${plan(planId)}/assessment?asOf=${encodeURIComponent(asOf)}`),
    history: (planId, { target, task, limit, cursor }) => {
      const query = new URLSearchParams();
      if (target !== undefined) query.set('target', target);
      if (task !== undefined) query.set('task', String(task));
      if (limit !== undefined) query.set('limit', String(limit));
      if (cursor !== undefined) query.set('cursor', cursor);
      return request(HistorySchema, `${plan(planId)}/history?${query}`);
    },
  };
}
