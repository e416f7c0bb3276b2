// Who the presented token belongs to, so the add-in can show the unit and role it reports as.
import { createRoute } from '@hono/zod-openapi';
import { MeSchema } from '@plansync/shared';
import { createRouter, errorReplies, jsonContent } from '../http/router';

const getMe = createRoute({
  method: 'get',
  path: '/',
  summary: "The token's role, unit, public id and label",
  responses: {
    200: jsonContent(MeSchema.meta({ id: 'Me' }), 'The caller'),
    ...errorReplies(401, 429),
  },
});

export const meRoutes = createRouter().openapi(getMe, (c) =>
  c.json({ ...c.var.writer, label: c.var.tokenLabel || null }, 200),
);
