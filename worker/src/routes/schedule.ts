// The reporting schedule of a plan (issue 12): read by any token, set by an admin; the default when none was set.
import { createRoute } from '@hono/zod-openapi';
import { DEFAULT_SCHEDULE, ReportingScheduleSchema, ScheduleReplySchema, resolveSchedule } from '@plansync/shared';
import { requireRole } from '../auth/require-token';
import { planNotFound } from '../http/not-found';
import { PlanIdParams, createRouter, errorReplies, jsonContent } from '../http/router';

const Schedule = ReportingScheduleSchema.meta({ id: 'ReportingSchedule' });

const ScheduleBody = ScheduleReplySchema.meta({ id: 'ScheduleReply' });

const getSchedule = createRoute({
  method: 'get',
  path: '/{planId}/schedule',
  summary: 'Reporting schedule: 月报 or 季报, due day, plan period, light threshold (the default when unset)',
  request: { params: PlanIdParams },
  responses: {
    200: jsonContent(ScheduleBody, 'The schedule in force'),
    ...errorReplies(400, 401, 404, 429),
  },
});

const putSchedule = createRoute({
  method: 'put',
  path: '/{planId}/schedule',
  summary: 'Set the reporting schedule (admin); omitted fields take their defaults',
  middleware: [requireRole('admin')] as const,
  request: {
    params: PlanIdParams,
    body: { content: { 'application/json': { schema: Schedule } }, required: true },
  },
  responses: {
    200: jsonContent(ScheduleBody, 'The schedule now in force'),
    ...errorReplies(400, 401, 403, 404, 413, 415, 429),
  },
});

export const scheduleRoutes = createRouter()
  .openapi(getSchedule, async (c) => {
    const { planId } = c.req.valid('param');
    const { planReader, schedules } = c.var.stores;
    const stored = await planReader.stored(planId);
    if (!stored) throw planNotFound(planId);
    const set = await schedules.get(planId);
    const schedule = set ?? DEFAULT_SCHEDULE;
    return c.json(
      { planId, schedule, isDefault: set === null, resolved: resolveSchedule(stored.meta.year, schedule) },
      200,
    );
  })
  .openapi(putSchedule, async (c) => {
    const { planId } = c.req.valid('param');
    const schedule = c.req.valid('json');
    const { planReader, schedules } = c.var.stores;
    const stored = await planReader.stored(planId);
    if (!stored) throw planNotFound(planId);
    await schedules.put(planId, schedule);
    return c.json({ planId, schedule, isDefault: false, resolved: resolveSchedule(stored.meta.year, schedule) }, 200);
  });
