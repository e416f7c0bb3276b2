// Per-isolate copies of stored plans (bytes and parsed form), revalidated against KV by ETag.
import { PlanSchema, type Plan } from '@plansync/shared';
import { IsolateCache } from './isolate-cache';
import type { PlanStore, StoredPlan } from './plan-store';

interface CachedPlan {
  stored: StoredPlan;
  parsed?: Plan;
}

// Module scope = isolate scope: it outlives requests, which is the point.
const plans = new IsolateCache<CachedPlan>(64);

/** Reads plans through the isolate cache: zero KV operations while fresh, one read otherwise. */
export class PlanReader {
  constructor(
    private readonly store: PlanStore,
    private readonly freshMs: number,
  ) {}

  async stored(planId: string): Promise<StoredPlan | null> {
    return (await this.entry(planId, this.freshMs))?.stored ?? null;
  }

  /** The parsed plan; parsing happens once per ETag per isolate. */
  async parsed(planId: string): Promise<Plan | null> {
    return parsedPlan(await this.entry(planId, this.freshMs));
  }

  /** The parsed plan as KV holds it now, however fresh this isolate's copy (for writes that build on it). */
  async latest(planId: string): Promise<Plan | null> {
    return parsedPlan(await this.entry(planId, 0));
  }

  /** Called after this isolate wrote a plan, so its next reads need no KV round trip. */
  remember(stored: StoredPlan, parsed: Plan): void {
    plans.set(stored.id, { stored, parsed });
  }

  private async entry(planId: string, freshMs: number): Promise<CachedPlan | null> {
    const fresh = plans.fresh(planId, freshMs);
    if (fresh) return fresh;
    const stored = await this.store.get(planId);
    if (!stored) {
      plans.delete(planId);
      return null;
    }
    const previous = plans.any(planId);
    const entry = previous?.stored.meta.etag === stored.meta.etag ? { stored, parsed: previous.parsed } : { stored };
    plans.set(planId, entry);
    return entry;
  }
}

function parsedPlan(entry: CachedPlan | null): Plan | null {
  if (!entry) return null;
  entry.parsed ??= PlanSchema.parse(JSON.parse(entry.stored.body));
  return entry.parsed;
}
