// Counts the KV operations a request makes, so benchmarks and tests can check each route's KV budget.

export interface KvOpCounts {
  reads: number;
  writes: number;
  lists: number;
  deletes: number;
}

export const emptyKvOpCounts = (): KvOpCounts => ({ reads: 0, writes: 0, lists: 0, deletes: 0 });

/** Adds `from`'s counts to `into`'s. */
export function addKvOps(into: KvOpCounts, from: KvOpCounts): void {
  for (const kind of ['reads', 'writes', 'lists', 'deletes'] as const) into[kind] += from[kind];
}

/** All operations of `counts`, whatever their kind: what Workers KV's per-invocation limit counts. */
export const totalKvOps = (counts: KvOpCounts) => counts.reads + counts.writes + counts.lists + counts.deletes;

const COUNTED: Record<string, keyof KvOpCounts> = {
  get: 'reads',
  getWithMetadata: 'reads',
  put: 'writes',
  list: 'lists',
  delete: 'deletes',
};

/**
 * A KVNamespace that forwards every call and adds it to `counts`.
 * A Proxy keeps the real type (all of `get`'s overloads) without restating it.
 * @example const counts = emptyKvOpCounts(); const kv = countKvOps(env.PLANSYNC_KV, counts);
 */
export function countKvOps(kv: KVNamespace, counts: KvOpCounts): KVNamespace {
  return new Proxy(kv, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      const kind = typeof property === 'string' ? COUNTED[property] : undefined;
      if (!kind || typeof value !== 'function') return value;
      return function countedKvCall(...args: unknown[]) {
        counts[kind] += 1;
        return Reflect.apply(value, target, args) as unknown;
      };
    },
  });
}

/** The response header that carries a request's counts when KV_OPS_HEADER is on. */
export const KV_OPS_HEADER = 'X-KV-Ops';

/** `reads=1, writes=11, lists=0, deletes=0`: the X-KV-Ops header value. */
export const formatKvOps = (counts: KvOpCounts) =>
  Object.entries(counts)
    .map(([name, n]) => `${name}=${n}`)
    .join(', ');

/** The counts in an X-KV-Ops value, for tests and benchmarks; all 0 when the header is absent. */
export function parseKvOps(header: string | null): KvOpCounts {
  const counts = emptyKvOpCounts();
  for (const [name, value] of (header ?? '').split(', ').map((pair) => pair.split('='))) {
    if (name && name in counts) counts[name as keyof KvOpCounts] = Number(value);
  }
  return counts;
}
