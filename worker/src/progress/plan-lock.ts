// Serializes read-modify-write of one plan's snapshot within this isolate (KV has no compare-and-swap).
//
// Across isolates and locations this cannot help; there history keeps every write and a repair rebuilds
// the snapshot (docs/kv-design.md). The wait is bounded so a stuck request cannot block the plan forever.

const tails = new Map<string, Promise<unknown>>();
const MAX_WAIT_MS = 10_000;

/**
 * Runs `work` after every earlier `work` of the same plan in this isolate has settled (or MAX_WAIT_MS).
 * @example await withPlanLock(planId, () => push(...));
 */
export function withPlanLock<T>(planId: string, work: () => Promise<T>): Promise<T> {
  const previous = tails.get(planId);
  const run = previous ? waitAtMost(previous, MAX_WAIT_MS).then(work) : work();
  const tail = run.catch(() => undefined);
  tails.set(planId, tail);
  void tail.then(() => {
    if (tails.get(planId) === tail) tails.delete(planId);
  });
  return run;
}

function waitAtMost(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
  return Promise.race([promise.then(() => undefined), timeout]).finally(() => clearTimeout(timer));
}
