// Turns a zod validation failure into a 400 whose details list one Issue per bad field, in the caller's language.
import { z } from '@hono/zod-openapi';
import type { ErrorCode, Issue, Lang, Localized } from '@plansync/shared';
import type { Context } from 'hono';
import type { AppEnv } from '../env';
import { ApiFailure } from './api-failure';

type ZodIssue = z.core.$ZodIssue;

const localeErrors = { zh: z.locales.zhCN().localeError, en: z.locales.en().localeError };

const MESSAGE = {
  zh: '请求内容有误，请按明细逐项修改。',
  en: 'The request is invalid; see the details for each bad field.',
};

/** Issues of a failed parse; each carries the targetId/task of its batch entry when the raw entry has one. */
function issuesOf(issues: readonly ZodIssue[], input: unknown, lang: Lang): Issue[] {
  return issues.map((issue) => {
    const entry = entryOf(input, issue.path);
    // Locale messages are built from raw issues, which also carry the offending input. A message the schema
    // set itself (a refine's, a regex's) differs from zod's English default and is passed on as written.
    const raw = { ...issue, input: valueAt(input, issue.path) } as z.core.$ZodRawIssue;
    const custom = issue.message !== textOf(localeErrors.en(raw));
    return {
      path: issue.path.map(String).join('.'),
      message: custom ? issue.message : (textOf(localeErrors[lang](raw)) ?? issue.message),
      ...(typeof entry?.targetId === 'string' ? { targetId: entry.targetId } : {}),
      ...(Number.isInteger(entry?.task) ? { task: entry!.task as number } : {}),
    };
  });
}

/**
 * A validation hook that throws a 400 with `code` and the issues; invalid input never reaches a handler.
 * @example app.openapi(route, handler, rejectWith('invalid_plan', message))
 */
export function rejectWith(code: ErrorCode, message: Localized) {
  return function rejectInvalid(result: { success: boolean; error?: z.ZodError }, c: Context<AppEnv>): undefined {
    if (result.success || !result.error) return undefined;
    // @hono/zod-validator hands the hook the raw input as `data`, even on failure.
    const input = (result as { data?: unknown }).data;
    throw new ApiFailure(400, code, message, issuesOf(result.error.issues, input, c.get('language')));
  };
}

/** The `defaultHook` of every router. */
export const rejectInvalid = rejectWith('invalid_request', MESSAGE);

const textOf = (message: string | { message: string } | undefined | null) =>
  typeof message === 'string' ? message : message?.message;

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

// A batch entry is the object two steps down: figures.3 or reports.0.
function entryOf(input: unknown, path: readonly PropertyKey[]): { targetId?: unknown; task?: unknown } | undefined {
  if (path.length < 2) return undefined;
  const entry = valueAt(input, path.slice(0, 2));
  return entry !== null && typeof entry === 'object' ? entry : undefined;
}
