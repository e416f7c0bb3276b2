// Retrying KV 429s with backoff, and nothing else.
import { describe, expect, it } from 'vitest';
import { KvRateLimitedError, retryRateLimited } from './retry';

const noSleep = async () => undefined;

describe('retryRateLimited', () => {
  it('retries 429s with the given delays and returns the eventual result', async () => {
    const slept: number[] = [];
    let calls = 0;
    const result = await retryRateLimited(
      async () => {
        if (++calls < 3) throw new Error('KV PUT failed: 429 Too Many Requests');
        return 'ok';
      },
      [10, 20, 40],
      async (ms) => slept.push(ms),
    );
    expect(result).toBe('ok');
    expect(slept).toEqual([10, 20]);
  });

  it('gives up with KvRateLimitedError after the last delay', async () => {
    let calls = 0;
    const failing = retryRateLimited(
      async () => {
        calls++;
        throw new Error('429');
      },
      [1, 1],
      noSleep,
    );
    await expect(failing).rejects.toBeInstanceOf(KvRateLimitedError);
    expect(calls).toBe(3);
  });

  it('passes other errors through at once', async () => {
    let calls = 0;
    await expect(
      retryRateLimited(
        async () => {
          calls++;
          throw new Error('value too large');
        },
        [1],
        noSleep,
      ),
    ).rejects.toThrow('value too large');
    expect(calls).toBe(1);
  });
});
