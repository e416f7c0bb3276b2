// Production KV's limits over local KV (which has none), for tests and the load script: a second write to
// one key within a second fails with 429, and a read may see the value from before the last write.
//
// Cloudflare documents both: "1 write per second to the same key" and "changes may take 60 seconds or more
// to be visible in other locations". Local KV (Miniflare) is strongly consistent and never rate-limits, so
// without this the tests would never see either. Off unless the KV_LIMITS var names them.

export interface KvLimits {
  /** A write to a key this soon after the previous write to it fails with 429 (Cloudflare: 1,000 ms). */
  writeGapMs: number;
  /** For this long after a write, reads of that key still return the value before it ("another location"). */
  staleMs: number;
}

/**
 * `write-gap-ms=1000,stale-ms=500` → limits; empty or `off` → null (no emulation).
 * @throws Error on a part it does not know, so a typo in the var is not silently ignored.
 */
export function parseKvLimits(spec: string | undefined): KvLimits | null {
  if (!spec || spec === 'off') return null;
  const limits: KvLimits = { writeGapMs: 0, staleMs: 0 };
  for (const part of spec.split(',')) {
    const [name, value] = part.split('=').map((s) => s.trim());
    const ms = Number(value);
    if (name === 'write-gap-ms' && ms >= 0) limits.writeGapMs = ms;
    else if (name === 'stale-ms' && ms >= 0) limits.staleMs = ms;
    else throw new Error(`KV_LIMITS: unknown part "${part}" (write-gap-ms=N, stale-ms=N)`);
  }
  return limits;
}

interface KeyState {
  writtenAt: number;
  /** The value before the last write (null: there was none), served while the write is "in flight". */
  before: string | null;
}

// Module scope = isolate scope: like KV's own limit, it holds across requests (and the plan writer).
const keys = new Map<string, KeyState>();

/**
 * A KVNamespace that enforces `limits` on `kv`'s put and get (text and json); everything else is forwarded.
 * @example const kv = withKvLimits(env.PLANSYNC_KV, parseKvLimits(env.KV_LIMITS));
 */
export function withKvLimits(kv: KVNamespace, limits: KvLimits | null, now: () => number = Date.now): KVNamespace {
  if (!limits) return kv;
  return new Proxy(kv, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (property === 'put') return limitedPut(target, limits, now);
      if (property === 'get' && limits.staleMs > 0) return staleGet(target, limits, now);
      return typeof value === 'function' ? (value.bind(target) as unknown) : value;
    },
  });
}

function limitedPut(kv: KVNamespace, limits: KvLimits, now: () => number) {
  return async function limitedKvPut(key: string, ...rest: unknown[]): Promise<void> {
    const previous = keys.get(key);
    const at = now();
    if (previous && at - previous.writtenAt < limits.writeGapMs)
      throw new Error(
        `KV PUT failed: 429 Too Many Requests (emulated: ${key} written ${at - previous.writtenAt} ms ago)`,
      );
    const before = limits.staleMs > 0 ? await kv.get(key, 'text') : null;
    keys.set(key, { writtenAt: at, before });
    await Reflect.apply(kv.put, kv, [key, ...rest]);
  };
}

function staleGet(kv: KVNamespace, limits: KvLimits, now: () => number) {
  return async function staleKvGet(key: string, options?: unknown): Promise<unknown> {
    const state = keys.get(key);
    const type = (typeof options === 'string' ? options : (options as { type?: string } | undefined)?.type) ?? 'text';
    const stale = state && now() - state.writtenAt < limits.staleMs && (type === 'text' || type === 'json');
    if (!stale) return Reflect.apply(kv.get, kv, [key, options]);
    if (state.before === null) return null;
    return type === 'json' ? JSON.parse(state.before) : state.before;
  };
}
