// The stores a request uses, all over the same (counted) KV namespace.
import { countKvOps, type KvOpCounts } from './counting-kv';
import { HistoryStore } from './history-store';
import { IdempotencyStore } from './idempotency-store';
import { parseKvLimits, withKvLimits } from './kv-limits';
import { PlanReader } from './plan-cache';
import { PlanStore } from './plan-store';
import { ProgressStore } from './progress-store';
import { ScheduleStore } from './schedule-store';
import { TokenStore } from './token-store';

export interface Stores {
  plans: PlanStore;
  planReader: PlanReader;
  progress: ProgressStore;
  history: HistoryStore;
  idempotency: IdempotencyStore;
  schedules: ScheduleStore;
  tokens: TokenStore;
}

/**
 * The stores over the worker's KV binding, with the limits KV_LIMITS emulates (if set). Takes the whole `env` so
 * that the binding never leaves store/ (a lint rule holds that); with `counts`, every KV call is added to it.
 */
export function createStores(
  env: Pick<Env, 'PLANSYNC_KV' | 'KV_LIMITS'>,
  isolateFreshMs: number,
  counts?: KvOpCounts,
): Stores {
  const limited = withKvLimits(env.PLANSYNC_KV, parseKvLimits(env.KV_LIMITS));
  const kv = counts ? countKvOps(limited, counts) : limited;
  const plans = new PlanStore(kv);
  return {
    plans,
    planReader: new PlanReader(plans, isolateFreshMs),
    progress: new ProgressStore(kv),
    history: new HistoryStore(kv),
    idempotency: new IdempotencyStore(kv),
    schedules: new ScheduleStore(kv),
    tokens: new TokenStore(kv),
  };
}
