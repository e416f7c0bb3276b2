// Gives each request its stores over a counting KV, and reports the counts in X-KV-Ops when enabled.
import { createMiddleware } from 'hono/factory';
import { isolateFreshMs, type AppEnv } from '../env';
import { KV_OPS_HEADER, countKvOps, emptyKvOpCounts, formatKvOps } from '../store/counting-kv';
import { createStores } from '../store/stores';

export const kvPerRequest = createMiddleware<AppEnv>(async function kvPerRequest(c, next) {
  const counts = emptyKvOpCounts();
  c.set('stores', createStores(countKvOps(c.env.PLANSYNC_KV, counts), isolateFreshMs(c.env)));
  await next();
  if (c.env.KV_OPS_HEADER === 'on') c.header(KV_OPS_HEADER, formatKvOps(counts));
});
