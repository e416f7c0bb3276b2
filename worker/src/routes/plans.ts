// Plans: list, read (with ETag), and import from plan text or Plan JSON (admin).
import { createRoute, z } from '@hono/zod-openapi';
import {
  DryRunResultSchema,
  PlanParseError,
  diffPlans,
  PlanSchema,
  PlanSummarySchema,
  PlanWarningSchema,
  readPlan,
  type Plan,
  type PlanReading,
} from '@plansync/shared';
import type { MiddlewareHandler } from 'hono';
import { RETAINED_304_HEADERS, etag } from 'hono/etag';
import { requireRole } from '../auth/require-token';
import type { AppEnv } from '../env';
import { ApiFailure } from '../http/api-failure';
import { planNotFound } from '../http/not-found';
import { PlanIdParams, createRouter, errorReplies, jsonContent } from '../http/router';
import { rejectWith } from '../http/validation-hook';
import { reconcilePlan } from '../rules/reconcile-plan';
import { summaryOf } from '../store/plan-store';

const PlanBody = PlanSchema.meta({ id: 'Plan' });
const PlanListBody = z.object({ plans: z.array(PlanSummarySchema.meta({ id: 'PlanSummary' })) }).openapi('PlanList');
/** `warnings`: what the parser could not read with confidence in a text import (none for Plan JSON). */
const PlanImportedBody = z
  .object({ plan: PlanSummarySchema, warnings: z.array(PlanWarningSchema.meta({ id: 'PlanWarning' })) })
  .openapi('PlanImported');
const DryRunBody = DryRunResultSchema.meta({ id: 'PlanDryRun' });

const ImportQuery = z.object({
  dryRun: z.enum(['true', 'false']).optional().openapi({
    description:
      'true: parse, validate and reconcile exactly as an import, answer the plan, its warnings and the diff against the stored plan, and store nothing',
  }),
  ids: z.enum(['given', 'match']).optional().openapi({
    description:
      "Plan JSON only. given (default): target ids are the sender's and are kept. match: they are positions (a table read by the add-in) and are matched to the stored ids like a text import",
  }),
});

// A 304 keeps the CORS grant: without it the add-in (another origin) could not read the revalidation.
// Typed with AppEnv: etag() is typed for any Env, which would make the route's context `any`.
const planEtag: MiddlewareHandler<AppEnv> = etag({
  retainedHeaders: [
    ...RETAINED_304_HEADERS,
    'access-control-allow-origin',
    'access-control-allow-credentials',
    'access-control-expose-headers',
  ],
});

const listPlans = createRoute({
  method: 'get',
  path: '/',
  summary: 'List plans',
  responses: { 200: jsonContent(PlanListBody, 'Every stored plan'), ...errorReplies(401, 429) },
});

const getPlan = createRoute({
  method: 'get',
  path: '/{planId}',
  summary: 'Read a plan (ETag; 304 on If-None-Match)',
  middleware: [planEtag] as const,
  request: { params: PlanIdParams },
  responses: {
    200: jsonContent(PlanBody, 'The plan, with an ETag'),
    304: { description: 'Not modified' },
    ...errorReplies(400, 401, 404, 429),
  },
});

const putPlan = createRoute({
  method: 'put',
  path: '/{planId}',
  summary: 'Import or re-import a plan from its text or as Plan JSON (admin); target ids and progress are kept',
  description:
    'A text import matches target ids to the stored plan (metric, then source phrase, then targets an earlier import removed); Plan JSON keeps the ids it gives. Progress is never deleted: figures under ids the plan no longer has stay stored and come back with the id. With dryRun=true nothing is stored and the answer is the plan as it would be stored, its warnings and the diff.',
  middleware: [requireRole('admin')] as const,
  request: {
    params: PlanIdParams,
    query: ImportQuery,
    body: {
      content: {
        'application/json': { schema: PlanBody },
        'text/plain': {
          schema: z.string().openapi({ description: 'Plan text as scraped, parsed by the shared parser' }),
        },
      },
    },
  },
  responses: {
    200: jsonContent(z.union([PlanImportedBody, DryRunBody]), 'Updated, or with dryRun=true what an import would do'),
    201: jsonContent(PlanImportedBody, 'Created'),
    ...errorReplies(400, 401, 403, 413, 415, 429),
  },
});

const MISMATCHED_ID = {
  zh: '请求体中的工作要点 id 与网址中的不一致。',
  en: 'The plan id in the body differs from the one in the URL.',
};
const INVALID_PLAN = { zh: '工作要点数据不符合格式要求。', en: 'The plan JSON does not match the plan schema.' };

export const plansRoutes = createRouter()
  .openapi(listPlans, async (c) => c.json({ plans: await c.var.stores.plans.list() }, 200))
  .openapi(getPlan, async (c) => {
    const { planId } = c.req.valid('param');
    const stored = await c.var.stores.planReader.stored(planId);
    if (!stored) throw planNotFound(planId);
    // The stored bytes are the response: no parse, no serialize.
    return c.body(stored.body, 200, {
      'Content-Type': 'application/json; charset=UTF-8',
      ETag: stored.meta.etag,
      'Cache-Control': 'private, no-cache',
    });
  })
  .openapi(
    putPlan,
    async (c) => {
      const { planId } = c.req.valid('param');
      const query = c.req.valid('query');
      const json = isJson(c.req.header('content-type'));
      // The JSON validator runs only for JSON bodies, so only then is `valid('json')` a checked Plan.
      const { plan: incoming, warnings } = json
        ? { plan: c.req.valid('json') as Plan, warnings: [] }
        : readText(await c.req.text(), planId);
      if (incoming.id !== planId)
        throw new ApiFailure(400, 'invalid_plan', MISMATCHED_ID, [
          { path: 'id', message: MISMATCHED_ID[c.var.language] },
        ]);
      const { plans, planReader, progress } = c.var.stores;
      // Ids must be reconciled against the newest stored plan, not a copy this isolate may hold.
      const previous = await planReader.latest(planId);
      const held = previous ? await progress.read(planId) : null;
      const targetIds = held?.figures.map((f) => f.targetId) ?? [];
      const ids = json && query.ids !== 'match' ? 'given' : 'match';
      const plan = PlanSchema.parse(reconcilePlan(previous, incoming, { ids, reserved: targetIds }));
      if (query.dryRun === 'true') {
        const diff = diffPlans(previous, plan, { targetIds, taskNumbers: held?.reports.map((r) => r.task) ?? [] });
        return c.json({ plan, warnings, diff }, 200);
      }
      const stored = await plans.put(plan);
      planReader.remember(stored, plan);
      return c.json({ plan: summaryOf(planId, stored.meta), warnings }, previous ? 200 : 201);
    },
    rejectWith('invalid_plan', INVALID_PLAN),
  );

const isJson = (contentType: string | undefined) => /^application\/([a-z.-]+\+)?json/i.test(contentType ?? '');

function readText(text: string, planId: string): PlanReading {
  try {
    return readPlan(text, { id: planId });
  } catch (error) {
    if (!(error instanceof PlanParseError)) throw error;
    const details = [{ path: '', message: error.message, code: error.code }];
    throw new ApiFailure(400, 'invalid_plan', { zh: error.message, en: error.message }, details);
  }
}
