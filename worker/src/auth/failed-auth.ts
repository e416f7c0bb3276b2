// Unknown tokens must not spend KV reads without limit (issue 10: anonymous traffic could burn the free
// plan's 100,000 reads a day): unknown secrets are remembered briefly, and failed look-ups are rate-limited
// per client with Cloudflare's rate-limiting binding (which runs under wrangler dev and vitest-pool-workers).
import { IsolateCache } from '../store/isolate-cache';

/** How long an isolate remembers that a secret's hash is no token (a random secret never becomes one). */
const UNKNOWN_FOR_MS = 60_000;
/** How long an isolate refuses a client the binding said was over its limit (the binding's period). */
export const BLOCKED_FOR_SECONDS = 60;

// Module scope = isolate scope.
const unknownHashes = new IsolateCache<true>(4096);
const blockedClients = new IsolateCache<true>(1024);

/** The client a failure counts against: Cloudflare's connecting IP (absent locally: one shared bucket). */
export const clientOf = (headers: Headers) => headers.get('CF-Connecting-IP') ?? 'local';

/** True when this hash was looked up and found to be no token within the last minute: no KV read needed. */
export const knownUnknown = (hash: string) => unknownHashes.fresh(hash, UNKNOWN_FOR_MS) === true;

/** True while this isolate refuses the client after the limiter said it was over. */
export const isBlocked = (client: string) => blockedClients.fresh(client, BLOCKED_FOR_SECONDS * 1000) === true;

/**
 * Records a look-up that found no token. Returns false when the client is now over its limit (then this
 * isolate refuses it for BLOCKED_FOR_SECONDS without asking KV).
 */
export async function recordFailure(limiter: RateLimit, client: string, hash: string): Promise<boolean> {
  unknownHashes.set(hash, true);
  const { success } = await limiter.limit({ key: client });
  if (!success) blockedClients.set(client, true);
  return success;
}
