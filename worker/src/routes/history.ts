// History: every accepted write of one target or one task (its report and its targets' figures), oldest first.
import { createRoute, z } from '@hono/zod-openapi';
import { HistorySchema, TARGET_ID_PATTERN } from '@plansync/shared';
import { planNotFound } from '../http/not-found';
import { PlanIdParams, createRouter, errorReplies, jsonContent } from '../http/router';

const HistoryQuery = z
  .object({
    target: z.string().regex(TARGET_ID_PATTERN).optional().openapi({ example: '4.1' }),
    task: z.coerce.number().int().positive().optional().openapi({ example: 4 }),
  })
  .refine((q) => (q.target === undefined) !== (q.task === undefined), {
    message: 'give exactly one of target or task',
  });

const getHistory = createRoute({
  method: 'get',
  path: '/{planId}/history',
  summary: 'Append-only history of a target (?target=4.1) or a task (?task=4: its reports and its figures)',
  request: { params: PlanIdParams, query: HistoryQuery },
  responses: {
    200: jsonContent(HistorySchema.meta({ id: 'History' }), 'Accepted writes, oldest first'),
    400: errorReplies[400],
    401: errorReplies[401],
    404: errorReplies[404],
  },
});

export const historyRoutes = createRouter().openapi(getHistory, async (c) => {
  const { planId } = c.req.valid('param');
  const { target, task } = c.req.valid('query');
  const { planReader, history } = c.var.stores;
  if (!(await planReader.stored(planId))) throw planNotFound(planId);
  const entries = await history.entries(planId, target ? { targetId: target } : { task: task! });
  return c.json({ planId, entries }, 200);
});
