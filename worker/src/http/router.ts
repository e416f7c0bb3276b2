// Route building blocks: an OpenAPIHono that rejects invalid input our way, and the documented error replies.
// Shared schemas are named with zod's own `.meta({ id })`: `.openapi()` exists only on schemas built from
// the zod instance @hono/zod-openapi extended, and under Vite the shared package may get another instance.
import { OpenAPIHono, z } from '@hono/zod-openapi';
import { ApiErrorSchema, PLAN_ID_PATTERN } from '@plansync/shared';
import type { AppEnv } from '../env';
import { rejectInvalid } from './validation-hook';

/** Every route module builds its router here, so all share the validation hook. */
export const createRouter = () => new OpenAPIHono<AppEnv>({ defaultHook: rejectInvalid });

const ApiErrorBody = ApiErrorSchema.meta({ id: 'ApiError' });

const errorReply = (description: string) => ({
  content: { 'application/json': { schema: ApiErrorBody } },
  description,
});

const ERROR_REPLIES = {
  400: errorReply('Invalid request; details lists each bad field or entry'),
  401: errorReply('Missing or unknown token'),
  403: errorReply('The token may not do this'),
  404: errorReply('No such plan'),
  413: errorReply('Body larger than the limit'),
  415: errorReply('Content-Type not accepted (JSON; text/plain for a plan)'),
  422: errorReply('An Idempotency-Key reused for a different batch'),
  429: errorReply('Too many failed token look-ups from this client; Retry-After: 60'),
  503: errorReply('KV kept answering 429; retry after Retry-After (with the same Idempotency-Key)'),
} as const;

/**
 * The error statuses a route can answer, for its OpenAPI entry's `responses`.
 * @example responses: { 200: jsonContent(Body, 'The plan'), ...errorReplies(400, 401, 404, 429) }
 */
export function errorReplies<const C extends keyof typeof ERROR_REPLIES>(...codes: C[]): Pick<typeof ERROR_REPLIES, C> {
  return Object.fromEntries(codes.map((code) => [code, ERROR_REPLIES[code]])) as Pick<typeof ERROR_REPLIES, C>;
}

export const PlanIdParams = z.object({
  planId: z
    .string()
    .regex(PLAN_ID_PATTERN)
    .openapi({ param: { name: 'planId', in: 'path' }, example: 'chengdu-2014-talent' }),
});

export const jsonContent = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { 'application/json': { schema } },
  description,
});
