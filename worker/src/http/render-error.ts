// The single place an error becomes a response: `{ error: { code, message, details } }`, never a stack.
import type { ApiError, ErrorCode, Lang, Localized } from '@plansync/shared';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from '../env';
import { KvRateLimitedError } from '../store/retry';
import { ApiFailure, defaultMessage } from './api-failure';

/** Codes for the statuses Hono's own middleware and validators raise. */
const CODE_OF_STATUS: Partial<Record<number, ErrorCode>> = {
  400: 'invalid_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  413: 'payload_too_large',
  415: 'invalid_request',
  406: 'not_acceptable',
  429: 'rate_limited',
};

const UNSUPPORTED_MEDIA_TYPE: Localized = {
  zh: '不支持的内容类型：请使用 application/json（工作要点也可用 text/plain）。',
  en: 'Unsupported content type: send application/json (or text/plain for a plan).',
};

export function renderError(error: Error, c: Context<AppEnv>): Response {
  const failure = toApiFailure(error);
  if (failure.status >= 500) console.error(`${c.req.method} ${c.req.path} failed:`, error);
  // Errors thrown before the language middleware ran have no language yet, whatever the Variables type says.
  const language = c.get('language') as Lang | undefined;
  const body: ApiError = {
    error: {
      code: failure.code,
      message: failure.localized[language ?? 'zh'],
      details: failure.details,
    },
  };
  return c.json(body, failure.status, failure.headers);
}

function toApiFailure(error: Error): ApiFailure {
  if (error instanceof ApiFailure) return error;
  if (error instanceof KvRateLimitedError)
    return new ApiFailure(503, 'rate_limited', undefined, null, { 'Retry-After': '2' });
  if (error instanceof HTTPException) {
    const code = CODE_OF_STATUS[error.status] ?? 'internal';
    const status = code === 'internal' ? 500 : error.status;
    return new ApiFailure(status, code, error.status === 415 ? UNSUPPORTED_MEDIA_TYPE : defaultMessage(code));
  }
  return new ApiFailure(500, 'internal');
}
