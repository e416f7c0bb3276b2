// Append-only history: each push's writes to one task under their own key, never rewritten (see keys.ts).
import { HistoryEntrySchema, taskOfTarget, type HistoryEntry } from '@plansync/shared';
import { z } from '@hono/zod-openapi';
import { compareStamps } from '../rules/stamp-order';
import { fromAsciiMetadata, metadataBytes, toAsciiMetadata } from './ascii-metadata';
import { subjectId, type Subject } from '../rules/subject';
import { historyKey, planHistoryPrefix, taskHistoryPrefix } from './keys';
import { listKeys } from './list-keys';
import { retryRateLimited } from './retry';

/** KV's metadata limit. Entries that fit are copied there, so listing a history needs no reads. */
const METADATA_BYTES = 1024;

const StampSchema = z.tuple([z.string(), z.number(), z.string()]);
/** Metadata of a history key: the entries when they fit, else their stamps (subject, version, write id). */
const HistoryMetaSchema = z.object({
  at: z.string(),
  entries: z.array(z.unknown()).optional(),
  stamps: z.array(StampSchema).optional(),
});
type HistoryMeta = z.infer<typeof HistoryMetaSchema>;
type Stamp = z.infer<typeof StampSchema>;

/** Bounds of one history page: pushes per page, and KV lists per call (1,000 keys each). */
export const HISTORY_PAGE = { defaultLimit: 50, maxLimit: 200, maxLists: 3 } as const;

/** Where the next page starts: a KV list cursor (null: the first KV page) and how many of its keys to skip. */
export interface HistoryCursor {
  kv: string | null;
  skip: number;
}

/** A task's history, one target's, or (neither) the whole plan's, grouped by task. */
export type HistoryQuery = ({ task: number } | { targetId: string } | object) & {
  /** Pushes (history keys) per page; one push may hold several entries of the task. */
  limit: number;
  cursor?: HistoryCursor;
  /** ISO time: only writes at or after it. */
  since?: string;
};

export interface HistoryPage {
  entries: HistoryEntry[];
  cursor: HistoryCursor | null;
}

/** The newest write of a subject, for repairing a snapshot; `entry` is absent when only its stamp was listed. */
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
const taskOf = (entry: HistoryEntry) => (entry.kind === 'figure' ? taskOfTarget(entry.targetId) : entry.task);

function metadataFor(entries: HistoryEntry[]): ReturnType<typeof toAsciiMetadata> {
  const at = entries[0]!.writtenAt;
  const stamps: Stamp[] = entries.map((e) => [subjectId(subjectOf(e)), e.version, e.writeId]);
  for (const meta of [
    { at, entries },
    { at, stamps },
  ] satisfies HistoryMeta[]) {
    const encoded = toAsciiMetadata(meta);
    if (metadataBytes(encoded) <= METADATA_BYTES) return encoded;
  }
  return toAsciiMetadata({ at });
}

export class HistoryStore {
  /** @param listSize keys per KV list (KV's maximum, 1,000; tests use less to cross list pages cheaply). */
  constructor(
    private readonly kv: KVNamespace,
    private readonly listSize = 1000,
  ) {}

  /** One KV write per task the entries touch (all entries share one push's batch id and time). */
  async append(planId: string, entries: readonly HistoryEntry[]): Promise<void> {
    const byTask = new Map<number, HistoryEntry[]>();
    for (const entry of entries) {
      const task = taskOf(entry);
      const group = byTask.get(task);
      if (group) group.push(entry);
      else byTask.set(task, [entry]);
    }
    await Promise.all(
      [...byTask].map(([task, group]) => {
        const key = historyKey(planId, task, group[0]!.writtenAt, group[0]!.batchId);
        return retryRateLimited(() => this.kv.put(key, JSON.stringify(group), { metadata: metadataFor(group) }));
      }),
    );
  }

  /**
   * One page of a task's writes (its report and its targets' figures), of one target's, or of the whole plan's
   * (task by task in key order, each task's oldest first), oldest first within the page.
   * KV cost, whatever the history's length: at most HISTORY_PAGE.maxLists lists (1,000 keys each) and one
   * read per listed push whose entries outgrew its key metadata (≤ `limit`).
   * @returns the page and the cursor of the next one (null after the last page).
   */
  async page(planId: string, query: HistoryQuery): Promise<HistoryPage> {
    const task = 'task' in query ? query.task : 'targetId' in query ? taskOfTarget(query.targetId) : null;
    const prefix = task === null ? planHistoryPrefix(planId) : taskHistoryPrefix(planId, task);
    // Each task's keys sort by time, so `since` compares as text against the key's time part.
    const since = query.since ?? '';
    const timePart = (name: string) => name.slice(prefix.length).replace(/^t:\d+:/, '');
    const taken: { key: string; meta: HistoryMeta }[] = [];
    let { kv: kvCursor, skip } = query.cursor ?? { kv: null, skip: 0 };
    let next: HistoryCursor | null = null;
    for (let lists = 0; lists < HISTORY_PAGE.maxLists && next === null; lists++) {
      const listed = await this.kv.list({ prefix, limit: this.listSize, ...(kvCursor ? { cursor: kvCursor } : {}) });
      const keys = listed.keys.slice(skip);
      const room = query.limit - taken.length;
      const wanted = keys.filter((key) => timePart(key.name) >= since);
      for (const key of wanted.slice(0, room)) {
        const meta = HistoryMetaSchema.safeParse(fromAsciiMetadata(key.metadata));
        if (meta.success) taken.push({ key: key.name, meta: meta.data });
      }
      const more = !listed.list_complete;
      if (wanted.length > room) {
        // Stopped inside this KV page: the next call lists it again and skips what was returned.
        const last = keys.indexOf(wanted[room - 1]!);
        next = { kv: kvCursor, skip: skip + last + 1 };
      } else if (!more) break;
      else {
        kvCursor = listed.cursor;
        skip = 0;
        if (lists + 1 === HISTORY_PAGE.maxLists || taken.length === query.limit) next = { kv: kvCursor, skip: 0 };
      }
    }
    const groups = await Promise.all(
      taken.map(async ({ key, meta }) => meta.entries?.map((e) => HistoryEntrySchema.parse(e)) ?? this.read(key)),
    );
    const entries = groups
      .flat()
      .filter((e) => !('targetId' in query) || (e.kind === 'figure' && e.targetId === query.targetId));
    entries.sort((a, b) => (a.writtenAt < b.writtenAt ? -1 : a.writtenAt > b.writtenAt ? 1 : a.version - b.version));
    return { entries, cursor: next };
  }

  /**
   * The newest write of every subject of a plan, from keys and metadata; keys whose metadata holds neither
   * entries nor stamps are read, newest first, with at most half of the `maxOps` the listing left (the caller
   * keeps the other half to read entries); keys of a batch in `applied` are skipped (their writes are in place),
   * so that repeated restores work through the older keys.
   * @returns the writes by subject id, and the KV operations spent (lists + reads).
   */
  async latest(
    planId: string,
    maxOps: number,
    applied: ReadonlySet<string> = new Set(),
  ): Promise<{ latest: Map<string, LatestWrite>; ops: number }> {
    const latest = new Map<string, LatestWrite>();
    const consider = (candidate: LatestWrite) => {
      const id = subjectId(candidate.subject);
      const current = latest.get(id);
      if (!current || compareStamps(candidate, current) > 0) latest.set(id, candidate);
    };
    const fromEntry = (key: string, entry: HistoryEntry) =>
      consider({
        subject: subjectOf(entry),
        version: entry.version,
        writtenAt: entry.writtenAt,
        writeId: entry.writeId,
        key,
        entry,
      });
    const unknown: string[] = [];
    const { found, lists } = await this.keys(planHistoryPrefix(planId));
    for (const { key, meta } of found) {
      if (meta.entries) meta.entries.forEach((e) => fromEntry(key, HistoryEntrySchema.parse(e)));
      else if (meta.stamps)
        meta.stamps.forEach(([id, version, writeId]) =>
          consider({ subject: subjectFromId(id), version, writtenAt: meta.at, writeId, key }),
        );
      else if (!applied.has(batchIdOf(key))) unknown.push(key);
    }
    const newest = unknown.reverse().slice(0, Math.max(0, Math.floor((maxOps - lists) / 2)));
    for (const [i, entries] of (await Promise.all(newest.map((key) => this.read(key)))).entries())
      entries.forEach((e) => fromEntry(newest[i]!, e));
    return { latest, ops: lists + newest.length };
  }

  /** The entry a history key holds for one subject. One KV read. */
  async entry(key: string, subject: Subject): Promise<HistoryEntry | undefined> {
    return (await this.read(key)).find((e) => subjectId(subjectOf(e)) === subjectId(subject));
  }

  private async read(key: string): Promise<HistoryEntry[]> {
    return z.array(HistoryEntrySchema).parse(await this.kv.get(key, 'json'));
  }

  /** Every key under `prefix` with its metadata, and the KV lists that took (one per 1,000 keys). */
  private async keys(prefix: string): Promise<{ found: { key: string; meta: HistoryMeta }[]; lists: number }> {
    const found: { key: string; meta: HistoryMeta }[] = [];
    let lists = 0;
    for await (const key of listKeys(this.kv, prefix, () => (lists += 1))) {
      const meta = HistoryMetaSchema.safeParse(fromAsciiMetadata(key.metadata));
      if (meta.success) found.push({ key: key.name, meta: meta.data });
    }
    return { found, lists };
  }
}

/** The batch id a history key ends with (keys.ts: `…:{writtenAt}:{batchId}`; batch ids hold no colon). */
const batchIdOf = (key: string) => key.slice(key.lastIndexOf(':') + 1);

const subjectFromId = (id: string): Subject =>
  id.startsWith('f:') ? { kind: 'figure', targetId: id.slice(2) } : { kind: 'report', task: Number(id.slice(2)) };
