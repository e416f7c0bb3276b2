// The plan judged as the supervising office would at a date (issue 12): 序时进度, 完成率, lights, who has not reported.
import { createRoute, z } from '@hono/zod-openapi';
import { AssessmentSchema, assessPlan, civilDateOf, isIsoDate } from '@plansync/shared';
import { planNotFound } from '../http/not-found';
import { PlanIdParams, createRouter, errorReplies, jsonContent } from '../http/router';

const AssessmentQuery = z.object({
  asOf: z
    .string()
    .refine(isIsoDate, { error: 'expected an existing date YYYY-MM-DD' })
    .optional()
    .openapi({ example: '2014-07-08', description: 'The date to judge at; today in China (UTC+8) when absent' }),
});

const getAssessment = createRoute({
  method: 'get',
  path: '/{planId}/assessment',
  summary: 'Each target’s 完成率 and light, each task’s light, each lead unit’s reporting state, as of a date',
  request: { params: PlanIdParams, query: AssessmentQuery },
  responses: {
    200: jsonContent(AssessmentSchema.meta({ id: 'Assessment' }), 'The assessment'),
    ...errorReplies(400, 401, 404, 429),
  },
});

export const assessmentRoutes = createRouter().openapi(getAssessment, async (c) => {
  const { planId } = c.req.valid('param');
  const asOf = c.req.valid('query').asOf ?? civilDateOf(new Date().toISOString());
  const { planReader, progress, schedules } = c.var.stores;
  const [plan, current, schedule] = await Promise.all([
    planReader.parsed(planId),
    progress.read(planId),
    schedules.get(planId),
  ]);
  if (!plan) throw planNotFound(planId);
  return c.json(assessPlan(plan, current, asOf, schedule ?? undefined), 200);
});
