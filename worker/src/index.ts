// Worker entry: the API app for requests, the snapshot repair for the cron trigger.
import { createApp } from './app';
import { repairAllPlans } from './scheduled';

export { PlanWriter } from './writer/plan-writer';

const app = createApp();

export default {
  fetch: app.fetch,
  async scheduled(_controller, env, ctx) {
    ctx.waitUntil(repairAllPlans(env));
  },
} satisfies ExportedHandler<Env>;
