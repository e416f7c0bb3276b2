// Progress: read the current figures and reports; push a batch (validated whole, conflicts per entry).
import { createRoute, z } from '@hono/zod-openapi';
import {
  PROGRESS_LIMITS,
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
import { tasksTouched } from '../rules/subject';
import { emptyProgress } from '../store/progress-store';

const getProgress = createRoute({
  method: 'get',
  path: '/{planId}/progress',
  summary: 'Current figure of every written target and report of every written task',
  request: { params: PlanIdParams },
  responses: {
    200: jsonContent(PlanProgressSchema.meta({ id: 'PlanProgress' }), 'Current progress'),
    ...errorReplies(400, 401, 404, 429),
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
    ...errorReplies(400, 401, 403, 404, 413, 415, 422, 429, 503),
  },
});

/** A refused batch as the API answers it: the reason's status and code, the entries at fault as details. */
/** Issue 10.6: refused up front, before any write, rather than failing midway at KV's 1,000 operations. */
const tooManyTasks = (tasks: number) => ({
  zh: `一次最多报送 ${PROGRESS_LIMITS.batchTasks} 项任务，此批涉及 ${tasks} 项，整批未写入；请分批报送。`,
  en: `A batch may touch at most ${PROGRESS_LIMITS.batchTasks} tasks; this one touches ${tasks}, so nothing was written. Send it in parts.`,
});

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
    const tasks = tasksTouched(batch);
    if (tasks > PROGRESS_LIMITS.batchTasks)
      throw new ApiFailure(413, 'payload_too_large', tooManyTasks(tasks), {
        maxTasks: PROGRESS_LIMITS.batchTasks,
        tasks,
      });
    // The plan as KV holds it now (one read; parsed again only when its ETag changed), so a lead unit
    // changed by an import takes effect at once in every isolate (issue 10.10).
    const plan = await c.var.stores.planReader.latest(planId);
    if (!plan) throw planNotFound(planId);
    const outcome = await pushBatch(c.env.PLAN_WRITER, c.var.kvOps, {
      plan,
      batch,
      writer: c.var.writer,
      lang: c.var.language,
      idempotencyKey: c.req.valid('header')['idempotency-key'],
    });
    if (!outcome.ok) throw refusalFailure(outcome.refusal);
    return c.json(outcome.result, 200);
  });
