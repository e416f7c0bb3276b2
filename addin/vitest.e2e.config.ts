// The full loop in headless Chromium: real worker (wrangler dev, fresh local KV), real add-in server, playground.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'e2e',
    root: import.meta.dirname,
    include: ['e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 300_000,
    hookTimeout: 180_000,
  },
});
