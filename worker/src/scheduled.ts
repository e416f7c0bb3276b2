// Cron: every plan's writer restores history writes its progress lacks (a commit that failed midway).
import { createStores } from './store/stores';
import { repairThroughWriter } from './writer/repair-through-writer';

export async function repairAllPlans(env: Env): Promise<void> {
  const stores = createStores(env, 0);
  for (const plan of await stores.plans.list()) {
    const restored = await repairThroughWriter(env.PLAN_WRITER, plan.id);
    if (restored.length > 0) console.warn(`repaired ${plan.id}: restored ${restored.join(', ')}`);
  }
}
