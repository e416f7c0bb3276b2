// Gives each request its stores over a counting KV (with emulated limits when KV_LIMITS asks), and reports the counts in X-KV-Ops when enabled.
import { createMiddleware } from 'hono/factory';
import { isolateFreshMs, type AppEnv } from '../env';
import { KV_OPS_HEADER, emptyKvOpCounts, formatKvOps } from '../store/counting-kv';
import { createStores } from '../store/stores';

export const kvPerRequest = createMiddleware<AppEnv>(async function kvPerRequest(c, next) {
  const counts = emptyKvOpCounts();
  c.set('kvOps', counts);
  c.set('stores', createStores(c.env, isolateFreshMs(c.env), counts));
  await next();
  if (c.env.KV_OPS_HEADER === 'on') c.header(KV_OPS_HEADER, formatKvOps(counts));
});
