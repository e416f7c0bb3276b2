// Append-only history: every accepted write under its own key, never rewritten (see keys.ts for the layout).
import { HistoryEntrySchema, type HistoryEntry } from '@plansync/shared';
import { z } from '@hono/zod-openapi';
import { fromAsciiMetadata, metadataBytes, toAsciiMetadata } from './ascii-metadata';
import { compareStamps } from '../rules/stamp-order';
import { historyKey, parseHistoryKey, planHistoryPrefix, subjectId, type Subject } from './keys';
import { retryRateLimited } from './retry';

/** KV's metadata limit; an entry that fits is copied there so listing a history needs no extra reads. */
const METADATA_BYTES = 1024;

const HistoryMetaSchema = z.object({ at: z.string(), entry: z.unknown().optional() });
type HistoryMeta = z.infer<typeof HistoryMetaSchema>;

/** The newest write of a subject as its history keys tell it, for repairing a snapshot. */
export interface LatestWrite {
  subject: Subject;
  version: number;
  writtenAt: string;
  writeId: string;
  key: string;
  entry?: HistoryEntry;
}

const subjectOf = (entry: HistoryEntry): Subject =>
  entry.kind === 'figure' ? { kind: 'figure', targetId: entry.targetId } : { kind: 'report', task: entry.task };

export class HistoryStore {
  constructor(private readonly kv: KVNamespace) {}

  /** One KV write per entry; keys are unique (write id), so nothing already stored is touched. */
  async append(planId: string, entries: readonly HistoryEntry[]): Promise<void> {
    await Promise.all(
      entries.map((entry) => {
        const value = JSON.stringify(entry);
        const withEntry = toAsciiMetadata({ at: entry.writtenAt, entry } satisfies HistoryMeta);
        const metadata = metadataBytes(withEntry) <= METADATA_BYTES ? withEntry : toAsciiMetadata({ at: entry.writtenAt } satisfies HistoryMeta);
        const key = historyKey(planId, subjectOf(entry), entry.version, entry.writeId);
        return retryRateLimited(() => this.kv.put(key, value, { metadata }));
      }),
    );
  }

  /**
   * Every write under `prefix`, oldest first. One list per 1,000 writes, plus one read for each
   * entry too large for its metadata (long notes or reports).
   */
  async entries(prefix: string): Promise<HistoryEntry[]> {
    const found: { key: string; meta: HistoryMeta }[] = [];
    await this.eachKey(prefix, (key, meta) => found.push({ key, meta }));
    const entries = await Promise.all(
      found.map(async ({ key, meta }) => HistoryEntrySchema.parse(meta.entry ?? (await this.kv.get(key, 'json')))),
    );
    return entries.sort((a, b) => (a.writtenAt < b.writtenAt ? -1 : a.writtenAt > b.writtenAt ? 1 : a.version - b.version));
  }

  /** The newest write of every subject of a plan, from keys and metadata alone (lists only). */
  async latest(planId: string): Promise<Map<string, LatestWrite>> {
    const latest = new Map<string, LatestWrite>();
    await this.eachKey(planHistoryPrefix(planId), (key, meta) => {
      const parsed = parseHistoryKey(key);
      if (!parsed) return;
      const candidate: LatestWrite = { ...parsed, writtenAt: meta.at, key, entry: meta.entry ? HistoryEntrySchema.parse(meta.entry) : undefined };
      const id = subjectId(parsed.subject);
      const current = latest.get(id);
      if (!current || compareStamps(candidate, current) > 0) latest.set(id, candidate);
    });
    return latest;
  }

  /** One KV read. */
  async entry(key: string): Promise<HistoryEntry | null> {
    const stored = await this.kv.get(key, 'json');
    return stored === null ? null : HistoryEntrySchema.parse(stored);
  }

  private async eachKey(prefix: string, visit: (key: string, meta: HistoryMeta) => void): Promise<void> {
    let cursor: string | undefined;
    do {
      const page = await this.kv.list({ prefix, cursor });
      for (const key of page.keys) {
        const meta = HistoryMetaSchema.safeParse(fromAsciiMetadata(key.metadata));
        if (meta.success) visit(key.name, meta.data);
      }
      cursor = page.list_complete ? undefined : page.cursor;
    } while (cursor);
  }
}
