// Repairs go through the plan's single writer too, so a repair and a push never write the snapshot at once.
import { KvRateLimitedError } from '../store/retry';

/**
 * Restores into the plan's progress (and KV snapshot) every history write it lacks.
 * @returns ids (`f:4.1`, `r:4`) of the subjects restored.
 * @throws KvRateLimitedError when KV kept answering 429.
 */
export async function repairThroughWriter(writers: Env['PLAN_WRITER'], planId: string): Promise<string[]> {
  const committed = await writers.getByName(planId).submit({ kind: 'repair', planId });
  if ('unavailable' in committed) throw new KvRateLimitedError('KV answered 429 to the plan writer');
  if (!('restored' in committed)) throw new Error('the plan writer answered a repair with a push outcome');
  return committed.restored;
}
