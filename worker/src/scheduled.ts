// Cron: repair every plan's snapshot from history, so a snapshot update lost to a concurrent push returns.
import { repairSnapshot } from './progress/repair';
import { createStores } from './store/stores';

export async function repairAllPlans(env: Env): Promise<void> {
  const stores = createStores(env.PLANSYNC_KV, 0);
  for (const plan of await stores.plans.list()) {
    const restored = await repairSnapshot(stores, plan.id);
    if (restored.length > 0) console.warn(`repaired ${plan.id}: restored ${restored.join(', ')}`);
  }
}
