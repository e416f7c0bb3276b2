// Serves a frozen build of the API straight from Miniflare (workerd), without `wrangler dev`'s proxy, for the load.
//
// Under `npm run load` at 200 concurrent GETs, the loopback connection between `wrangler dev`'s proxy worker and
// the API's workerd dropped mid-request, and the proxy reported each drop as "Your worker restarted mid-request"
// (503) or parked the GET until a later request (worker/README.md, "Load"). Miniflare is the same runtime
// wrangler dev starts, configured here from the same wrangler.jsonc (wrangler's own translation of it), so the
// load measures the API on workerd itself.
import { Miniflare, type Json } from 'miniflare';
import { unstable_getMiniflareWorkerOptions } from 'wrangler';
import { dirname, join } from 'node:path';
import type { DevProcess } from './wrangler';

export interface MiniflareOptions {
  port: number;
  /** The frozen build's wrangler config (frozen-build.ts): `main` is the bundle, `no_bundle` set. */
  config: string;
  /** The same folder `wrangler dev --persist-to` and `wrangler kv … --local --persist-to` use. */
  persistTo: string;
  vars?: Record<string, string>;
}

/**
 * Starts the worker of `config` on 127.0.0.1:`port` in Miniflare, with its KV, Durable Object, rate-limit and
 * text-module bindings as wrangler would set them, local state under `persistTo` (wrangler's `v3` layout,
 * so tokens written by `wrangler kv bulk put --local` are seen), and `vars` over the config's vars.
 * @throws Error from Miniflare when the bundle or a binding cannot be loaded.
 */
export async function startMiniflare(options: MiniflareOptions): Promise<DevProcess> {
  const { workerOptions, main } = unstable_getMiniflareWorkerOptions(options.config);
  if (!main) throw new Error(`${options.config} names no main module`);
  // The config's vars, with `vars` over them (the type wrangler declares for them does not resolve here).
  const bindings = { ...(workerOptions.bindings as Record<string, Json> | undefined), ...options.vars };
  const state = join(options.persistTo, 'v3');
  const miniflare = new Miniflare({
    ...workerOptions,
    name: 'plansync-api',
    modules: true,
    scriptPath: main,
    modulesRoot: dirname(main),
    bindings,
    host: '127.0.0.1',
    port: options.port,
    kvPersist: join(state, 'kv'),
    durableObjectsPersist: join(state, 'do'),
  });
  const ready = await miniflare.ready.catch(async (error: unknown) => {
    await miniflare.dispose();
    throw error;
  });
  return { url: ready.origin, stop: () => miniflare.dispose() };
}
