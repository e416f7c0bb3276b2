// Progress: read the current figures and reports; push a batch (validated whole, conflicts per entry).
import { createRoute, z } from '@hono/zod-openapi';
import {
  PlanProgressSchema,
  ProgressBatchSchema,
  PushResultSchema,
  REFUSAL_REPLIES,
  type BatchRefusal,
} from '@plansync/shared';
import { ApiFailure } from '../http/api-failure';
import { planNotFound } from '../http/not-found';
import { PlanIdParams, createRouter, errorReplies, jsonContent } from '../http/router';
import { pushBatch } from '../progress/push';
import { emptyProgress } from '../store/progress-store';

const getProgress = createRoute({
  method: 'get',
  path: '/{planId}/progress',
  summary: 'Current figure of every written target and report of every written task',
  request: { params: PlanIdParams },
  responses: {
    200: jsonContent(PlanProgressSchema.meta({ id: 'PlanProgress' }), 'Current progress'),
    401: errorReplies[401],
    404: errorReplies[404],
  },
});

const postProgress = createRoute({
  method: 'post',
  path: '/{planId}/progress',
  summary: 'Push figures and reports; stale baseVersions come back as conflicts, the rest apply',
  request: {
    params: PlanIdParams,
    headers: z.object({
      'idempotency-key': z
        .string()
        .regex(/^[\x21-\x7e]{1,200}$/, 'Idempotency-Key: 1–200 printable ASCII characters (a UUID, say)')
        .optional()
        .openapi({ description: 'Makes a retried batch apply once: its result is replayed for 24 hours' }),
    }),
    body: {
      content: { 'application/json': { schema: ProgressBatchSchema.meta({ id: 'ProgressBatch' }) } },
      required: true,
    },
  },
  responses: {
    200: jsonContent(PushResultSchema.meta({ id: 'PushResult' }), 'Applied entries and conflicts'),
    400: errorReplies[400],
    401: errorReplies[401],
    403: errorReplies[403],
    404: errorReplies[404],
    413: errorReplies[413],
    422: errorReplies[422],
  },
});

/** A refused batch as the API answers it: the reason's status and code, the entries at fault as details. */
function refusalFailure({ reason, message, issues }: BatchRefusal): ApiFailure {
  const { status, code } = REFUSAL_REPLIES[reason];
  return new ApiFailure(status, code, message, issues.length > 0 ? issues : null);
}

export const progressRoutes = createRouter()
  .openapi(getProgress, async (c) => {
    const { planId } = c.req.valid('param');
    const { progress, planReader } = c.var.stores;
    let body = await progress.readProgressJson(planId);
    // Only a plan with no snapshot yet costs a plan read, to tell "nothing written yet" from "no such plan".
    if (body === null) {
      if (!(await planReader.stored(planId))) throw planNotFound(planId);
      body = JSON.stringify(emptyProgress(planId));
    }
    return c.body(body, 200, {
      'Content-Type': 'application/json; charset=UTF-8',
      'Cache-Control': 'private, no-store',
    }) as never;
  })
  .openapi(postProgress, async (c) => {
    const { planId } = c.req.valid('param');
    const batch = c.req.valid('json');
    const { planReader, progress, history, idempotency } = c.var.stores;
    const plan = await planReader.parsed(planId);
    if (!plan) throw planNotFound(planId);
    const outcome = await pushBatch(
      { progress, history, idempotency },
      {
        plan,
        batch,
        writer: c.var.writer,
        lang: c.var.language,
        idempotencyKey: c.req.valid('header')['idempotency-key'],
      },
    );
    if (!outcome.ok) throw refusalFailure(outcome.refusal);
    return c.json(outcome.result, 200);
  });
