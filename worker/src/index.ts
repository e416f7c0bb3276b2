// Worker entry: the API app for requests, the snapshot repair for the cron trigger.
import { createApp } from './app';
import { repairAllPlans } from './scheduled';

const app = createApp();

export default {
  fetch: app.fetch,
  async scheduled(_controller, env, ctx) {
    ctx.waitUntil(repairAllPlans(env));
  },
} satisfies ExportedHandler<Env>;
