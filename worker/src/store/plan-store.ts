// Plans in KV: `plan:{id}` holds the Plan JSON; its metadata holds the ETag and the list summary.
import { z } from '@hono/zod-openapi';
import { sha256Hex, type Plan, type PlanSummary } from '@plansync/shared';
import { fromAsciiMetadata, toAsciiMetadata } from './ascii-metadata';
import { PLAN_PREFIX, planIdFromKey, planKey } from './keys';
import { listKeys } from './list-keys';

/** Metadata of `plan:{id}` (well under KV's 1,024-byte limit), so `list()` alone serves GET /api/plans. */
const PlanMetaSchema = z.object({
  etag: z.string(),
  title: z.string(),
  year: z.number(),
  tasks: z.number(),
  targets: z.number(),
  updatedAt: z.string(),
});
type PlanMeta = z.infer<typeof PlanMetaSchema>;

/** A plan as stored: the exact JSON bytes served by GET plan, and its metadata. */
export interface StoredPlan {
  id: string;
  body: string;
  meta: PlanMeta;
}

export const summaryOf = (id: string, meta: PlanMeta): PlanSummary => ({
  id,
  title: meta.title,
  year: meta.year,
  tasks: meta.tasks,
  targets: meta.targets,
  updatedAt: meta.updatedAt,
});

/** Strong ETag: a content hash of the served bytes. */
async function etagOf(body: string): Promise<string> {
  // The first 128 bits are plenty to tell versions of one plan apart.
  return `"${(await sha256Hex(body)).slice(0, 32)}"`;
}

export class PlanStore {
  constructor(private readonly kv: KVNamespace) {}

  /** One KV read. */
  async get(planId: string): Promise<StoredPlan | null> {
    const { value, metadata } = await this.kv.getWithMetadata(planKey(planId), 'text');
    if (value === null) return null;
    return { id: planId, body: value, meta: PlanMetaSchema.parse(fromAsciiMetadata(metadata)) };
  }

  /** One KV write. */
  async put(plan: Plan): Promise<StoredPlan> {
    const body = JSON.stringify(plan);
    const meta: PlanMeta = {
      etag: await etagOf(body),
      title: plan.title,
      year: plan.year,
      tasks: plan.tasks.length,
      targets: plan.tasks.reduce((n, task) => n + task.targets.length, 0),
      updatedAt: new Date().toISOString(),
    };
    await this.kv.put(planKey(plan.id), body, { metadata: toAsciiMetadata(meta) });
    return { id: plan.id, body, meta };
  }

  /** One KV list per 1,000 plans. */
  async list(): Promise<PlanSummary[]> {
    const summaries: PlanSummary[] = [];
    for await (const key of listKeys(this.kv, PLAN_PREFIX)) {
      const meta = PlanMetaSchema.safeParse(fromAsciiMetadata(key.metadata));
      if (meta.success) summaries.push(summaryOf(planIdFromKey(key.name), meta.data));
    }
    return summaries;
  }
}
