// The one error body every API failure uses: `{ error: { code, message, details } }`.
import { z } from 'zod';

export const ERROR_CODES = [
  'unauthorized',
  'forbidden',
  'not_found',
  'invalid_request',
  'invalid_plan',
  'payload_too_large',
  'not_acceptable',
  'rate_limited',
  'internal',
] as const;
export const ErrorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

/** One rejected entry of a batch (or one bad field of a body). */
export const IssueSchema = z.object({
  /** Dotted path into the body, e.g. `figures.3.value`. */
  path: z.string(),
  message: z.string(),
  targetId: z.string().optional(),
  task: z.number().int().optional(),
  /** For a 403 on a batch entry: the task's lead unit, the only unit that may write it. */
  leadUnit: z.string().optional(),
});
export type Issue = z.infer<typeof IssueSchema>;

/**
 * What `details` holds: one Issue per bad field or entry (400, 403), the limit that was passed (413:
 * `{maxBytes}` or `{maxTasks, tasks}`), or null. A real schema, so OpenAPI tools can compile it (issue 10.8).
 */
export const ErrorDetailsSchema = z.union([z.array(IssueSchema), z.record(z.string(), z.number()), z.null()]);
export type ErrorDetails = z.infer<typeof ErrorDetailsSchema>;

export const ApiErrorSchema = z.object({
  error: z.object({
    /** Stable English code for programs. */
    code: ErrorCodeSchema,
    /** Chinese message for people. */
    message: z.string(),
    details: ErrorDetailsSchema,
  }),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;
