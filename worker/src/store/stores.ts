// The stores a request uses, all over the same (counted) KV namespace.
import { HistoryStore } from './history-store';
import { IdempotencyStore } from './idempotency-store';
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

export function createStores(kv: KVNamespace, isolateFreshMs: number): Stores {
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
