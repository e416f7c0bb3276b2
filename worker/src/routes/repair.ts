// Admin: rebuild a plan's progress snapshot from its history (the cron does the same every hour).
import { createRoute, z } from '@hono/zod-openapi';
import { requireRole } from '../auth/require-token';
import { planNotFound } from '../http/not-found';
import { PlanIdParams, createRouter, errorReplies, jsonContent } from '../http/router';
import { repairThroughWriter } from '../writer/repair-through-writer';

const RepairBody = z.object({ planId: z.string(), restored: z.array(z.string()) }).openapi('RepairResult');

const postRepair = createRoute({
  method: 'post',
  path: '/{planId}/repair',
  summary: 'Restore into the snapshot any history write it lacks (admin)',
  middleware: [requireRole('admin')] as const,
  request: { params: PlanIdParams },
  responses: {
    200: jsonContent(RepairBody, 'Subjects restored, e.g. f:4.1 or r:4'),
    ...errorReplies(400, 401, 403, 404, 429, 503),
  },
});

export const repairRoutes = createRouter().openapi(postRepair, async (c) => {
  const { planId } = c.req.valid('param');
  if (!(await c.var.stores.planReader.stored(planId))) throw planNotFound(planId);
  return c.json({ planId, restored: await repairThroughWriter(c.env.PLAN_WRITER, planId) }, 200);
});
