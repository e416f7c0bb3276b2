// History: every accepted write of one target, one task (its report and its targets' figures) or the whole plan,
// oldest first, a page at a time (issue 10: a bounded number of KV operations per call, however long the history).
import { createRoute, z } from '@hono/zod-openapi';
import { HistorySchema, TARGET_ID_PATTERN } from '@plansync/shared';
import { ApiFailure } from '../http/api-failure';
import { planNotFound } from '../http/not-found';
import { PlanIdParams, createRouter, errorReplies, jsonContent } from '../http/router';
import { HISTORY_PAGE, type HistoryCursor } from '../store/history-store';

const CursorSchema = z.object({ kv: z.string().nullable(), skip: z.number().int().nonnegative() });

/** The API's cursor: base64url of the store's cursor JSON (opaque to clients). */
const encodeCursor = (cursor: HistoryCursor) =>
  btoa(JSON.stringify(cursor)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

function decodeCursor(text: string): HistoryCursor | undefined {
  try {
    const parsed = CursorSchema.safeParse(JSON.parse(atob(text.replace(/-/g, '+').replace(/_/g, '/'))));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

const BAD_CURSOR = {
  zh: 'cursor 无效：请使用上一页返回的 cursor。',
  en: 'Invalid cursor: pass the cursor the previous page returned.',
};

const HistoryQuery = z
  .object({
    target: z.string().regex(TARGET_ID_PATTERN).optional().openapi({ example: '4.1' }),
    task: z.coerce.number().int().positive().optional().openapi({ example: 4 }),
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(HISTORY_PAGE.maxLimit)
      .default(HISTORY_PAGE.defaultLimit)
      .openapi({ description: 'Pushes per page (one push may hold a report and several figures of the task)' }),
    cursor: z.string().max(2000).optional().openapi({ description: 'The `cursor` of the previous page' }),
    since: z.iso.datetime().optional().openapi({ description: 'Only writes at or after this time' }),
  })
  .refine((q) => q.target === undefined || q.task === undefined, {
    error: 'give at most one of target or task',
  });

const getHistory = createRoute({
  method: 'get',
  path: '/{planId}/history',
  summary:
    'Append-only history of a target (?target=4.1), a task (?task=4) or the whole plan (neither: task by task), a page at a time, oldest first',
  request: { params: PlanIdParams, query: HistoryQuery },
  responses: {
    200: jsonContent(HistorySchema.meta({ id: 'History' }), 'One page of accepted writes, oldest first'),
    ...errorReplies(400, 401, 404, 429),
  },
});

export const historyRoutes = createRouter().openapi(getHistory, async (c) => {
  const { planId } = c.req.valid('param');
  const { target, task, limit, cursor: cursorText, since } = c.req.valid('query');
  const cursor = cursorText === undefined ? undefined : decodeCursor(cursorText);
  if (cursorText !== undefined && !cursor)
    throw new ApiFailure(400, 'invalid_request', BAD_CURSOR, [{ path: 'cursor', message: BAD_CURSOR[c.var.language] }]);
  const { planReader, history } = c.var.stores;
  if (!(await planReader.stored(planId))) throw planNotFound(planId);
  const subject = target ? { targetId: target } : task ? { task } : {};
  const page = await history.page(planId, { ...subject, limit, cursor, since });
  return c.json({ planId, entries: page.entries, cursor: page.cursor && encodeCursor(page.cursor) }, 200);
});
