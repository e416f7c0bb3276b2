// A small per-isolate memory cache with a freshness window, for data KV itself only promises eventually.
//
// Workers KV already serves reads from edge caches for up to 60 s, so holding a token record or a plan in
// isolate memory for a shorter window adds no new staleness, while it saves a KV round trip on the hot
// read paths (GET plan sits near a no-logic floor because of it). Writes made in this isolate update it.

export class IsolateCache<T> {
  readonly #entries = new Map<string, { value: T; storedAt: number }>();

  constructor(
    private readonly maxEntries: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** The value if it was stored less than `freshMs` ago. */
  fresh(key: string, freshMs: number): T | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    return this.now() - entry.storedAt < freshMs ? entry.value : undefined;
  }

  /** The value however old (the caller revalidates it, e.g. by ETag). */
  any(key: string): T | undefined {
    return this.#entries.get(key)?.value;
  }

  set(key: string, value: T): void {
    this.#entries.delete(key);
    this.#entries.set(key, { value, storedAt: this.now() });
    // Maps iterate in insertion order, so the first key is the least recently stored.
    if (this.#entries.size > this.maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
  }

  delete(key: string): void {
    this.#entries.delete(key);
  }
}
