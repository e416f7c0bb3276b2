// Worker tests run inside workerd with real local KV (vitest-pool-workers), configured from wrangler.jsonc.
import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: './wrangler.jsonc' },
      miniflare: {
        bindings: {
          // Tests reset KV between cases; an isolate cache would outlive that, so tests read KV every time.
          ISOLATE_CACHE_SECONDS: '0',
          KV_OPS_HEADER: 'on',
          ALLOWED_ORIGINS: 'https://localhost:3000,https://addin.example.gov.cn',
        },
      },
    }),
  ],
  test: {
    name: 'worker',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  },
});
