// Worker tests under production KV's write limit: local KV wrapped to answer 429 to a second write to one key
// within a second (src/store/kv-limits.ts), in workerd with the plan writer (vitest-pool-workers).
import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';
import { textModuleAliases, textModuleCss } from './vitest.text-modules';

export default defineConfig({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: './wrangler.jsonc' },
      miniflare: {
        bindings: { ISOLATE_CACHE_SECONDS: '0', KV_OPS_HEADER: 'on', KV_LIMITS: 'write-gap-ms=1000' },
      },
    }),
  ],
  resolve: { alias: textModuleAliases },
  test: {
    css: textModuleCss,
    name: 'worker-limits',
    include: ['test/kv-limits/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
