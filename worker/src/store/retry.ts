// KV allows one write per second to a key; a faster write fails with 429. Retry those with backoff.

const RATE_LIMITED = /\b429\b|too many requests/i;
const DEFAULT_DELAYS_MS = [250, 1000, 2000, 4000] as const;

export class KvRateLimitedError extends Error {
  override name = 'KvRateLimitedError';
}

/**
 * Runs `write`, retrying only when KV says 429; other errors pass through at once.
 * Throws KvRateLimitedError after the last delay so the API can answer 503 `rate_limited`.
 * @example await retryRateLimited(() => kv.put(key, value));
 */
export async function retryRateLimited<T>(
  write: () => Promise<T>,
  delaysMs: readonly number[] = DEFAULT_DELAYS_MS,
  sleep: (ms: number) => Promise<unknown> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      const rateLimited = error instanceof Error && RATE_LIMITED.test(error.message);
      if (!rateLimited) throw error;
      const delay = delaysMs[attempt];
      if (delay === undefined) throw new KvRateLimitedError(error.message);
      await sleep(delay);
    }
  }
}
