// Node-side worker tests: the local-run scripts (they start real `wrangler dev`), benchmark helpers, and what
// needs Node (Ajv compiling the OpenAPI document).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'worker-node',
    environment: 'node',
    include: ['scripts/**/*.test.ts', 'bench/**/*.test.ts', 'test/node/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
