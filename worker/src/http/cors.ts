// CORS for the add-in's origins, read from ALLOWED_ORIGINS (comma separated).
import { cors } from 'hono/cors';

const DEFAULT_ORIGIN = 'https://localhost:3000';

const allowedOrigins = (env: Pick<Env, 'ALLOWED_ORIGINS'>) =>
  (env.ALLOWED_ORIGINS || DEFAULT_ORIGIN)
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);

export const addinCors = cors({
  // cors() types its context without this app's Env.
  origin: (origin, c) => (allowedOrigins(c.env as Env).includes(origin) ? origin : null),
  allowMethods: ['GET', 'PUT', 'POST', 'OPTIONS'],
  allowHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'If-None-Match', 'Accept-Language'],
  exposeHeaders: ['ETag', 'Retry-After', 'WWW-Authenticate'],
  maxAge: 600,
});
