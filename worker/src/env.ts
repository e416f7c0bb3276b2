// The one Hono environment: bindings from `wrangler types`, and what middleware puts on the context.
import type { Lang, Writer } from '@plansync/shared';
import type { KvOpCounts } from './store/counting-kv';
import type { Stores } from './store/stores';

export interface AppEnv {
  Bindings: Env;
  Variables: {
    /** Set by `requireToken`. */
    writer: Writer;
    /** Set by `requireToken`: the token's label (`--label 目督办`), '' when it has none. */
    tokenLabel: string;
    /** The request's stores, over a KV namespace that counts its operations. */
    stores: Stores;
    /** The request's KV operation counts (the plan writer's are added to them). */
    kvOps: KvOpCounts;
    /** Set by Hono's language detector from Accept-Language. */
    language: Lang;
  };
}

/** How long an isolate may serve tokens and plans from memory (see store/isolate-cache.ts). */
export const isolateFreshMs = (env: Env) => Math.max(0, Number(env.ISOLATE_CACHE_SECONDS) || 0) * 1000;
