// Bearer-token authentication (Hono's bearerAuth with our own lookup) and role checks.
import { ROLE_LABELS, type Lang, type Role } from '@plansync/shared';
import { createMiddleware } from 'hono/factory';
import { bearerAuth } from 'hono/bearer-auth';
import { isolateFreshMs, type AppEnv } from '../env';
import { ApiFailure } from '../http/api-failure';
import { IsolateCache } from '../store/isolate-cache';
import { BLOCKED_FOR_SECONDS, clientOf, isBlocked, knownUnknown, recordFailure } from './failed-auth';
import { hashTokenSecret, type TokenRecord } from './token-secret';

// Keyed by the secret's hash; only found tokens are cached, so a new token works at once.
const tokens = new IsolateCache<TokenRecord>(512);

function unauthorized(error: 'invalid_request' | 'invalid_token' | null): never {
  const challenge = error ? `Bearer realm="plansync", error="${error}"` : 'Bearer realm="plansync"';
  throw new ApiFailure(401, 'unauthorized', undefined, null, { 'WWW-Authenticate': challenge });
}

const TOO_MANY_FAILURES = {
  zh: '访问令牌验证失败次数过多，请一分钟后再试。',
  en: 'Too many failed token checks; try again in a minute.',
};
const tooManyFailures = () =>
  new ApiFailure(429, 'rate_limited', TOO_MANY_FAILURES, null, { 'Retry-After': String(BLOCKED_FOR_SECONDS) });

/**
 * Accepts `Authorization: Bearer <token>` of a stored token and sets `writer`; anything else is 401.
 * An unknown secret costs one KV read per isolate and minute; a client whose look-ups keep failing gets 429
 * without any read (failed-auth.ts).
 */
export const requireToken = bearerAuth<AppEnv>({
  noAuthenticationHeader: { message: () => unauthorized(null) },
  invalidAuthenticationHeader: { message: () => unauthorized('invalid_request') },
  invalidToken: { message: () => unauthorized('invalid_token') },
  async verifyToken(secret, c) {
    const hash = await hashTokenSecret(secret);
    let record = tokens.fresh(hash, isolateFreshMs(c.env));
    if (!record) {
      if (knownUnknown(hash)) return false;
      const client = clientOf(c.req.raw.headers);
      if (isBlocked(client)) throw tooManyFailures();
      record = (await c.var.stores.tokens.findByHash(hash)) ?? undefined;
      if (!record) {
        if (!(await recordFailure(c.env.FAILED_AUTH_LIMITER, client, hash))) throw tooManyFailures();
        return false;
      }
      tokens.set(hash, record);
    }
    c.set('writer', { role: record.role, unit: record.unit, tokenId: record.tokenId });
    c.set('tokenLabel', record.label);
    return true;
  },
});

/** 403 unless the token's role is one of `roles`. */
export const requireRole = (...roles: Role[]) =>
  createMiddleware<AppEnv>(async function requireRole(c, next) {
    const { role } = c.var.writer;
    if (!roles.includes(role)) {
      const allowed = (lang: Lang) => roles.map((r) => ROLE_LABELS[r][lang]);
      throw new ApiFailure(403, 'forbidden', {
        zh: `此操作仅限${allowed('zh').join('、')}，当前令牌为${ROLE_LABELS[role].zh}。`,
        en: `Only ${allowed('en').join(' or ')} tokens may do this; this token is ${ROLE_LABELS[role].en}.`,
      });
    }
    await next();
  });
