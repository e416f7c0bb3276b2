// Node-side worker tests: the local-run scripts (they start real `wrangler dev`) and benchmark helpers.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'worker-node',
    environment: 'node',
    include: ['scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
