// Worker tests run inside workerd with real local KV (vitest-pool-workers), configured from wrangler.jsonc.
import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';
import { textModuleAliases, textModuleCss } from './vitest.text-modules';
import { SLOW_MACHINE_TIMEOUTS } from '../vitest.timeouts';

export default defineConfig({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: './wrangler.jsonc' },
      miniflare: {
        bindings: {
          // Tests reset KV between cases; an isolate cache would outlive that, so tests read KV every time.
          ISOLATE_CACHE_SECONDS: '0',
          KV_OPS_HEADER: 'on',
          // Local KV has no write gap, so the plan writer need not pace its snapshot writes here; the
          // tests under test/kv-limits/ run with Cloudflare's 1 s gap emulated (vitest.limits.config.ts).
          KV_LIMITS: 'write-gap-ms=0',
          ALLOWED_ORIGINS: 'https://localhost:3000,https://addin.example.gov.cn',
        },
      },
    }),
  ],
  resolve: { alias: textModuleAliases },
  test: {
    css: textModuleCss,
    name: 'worker',
    ...SLOW_MACHINE_TIMEOUTS,
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/kv-limits/**', 'test/node/**'],
  },
});
