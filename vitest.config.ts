// One `npm test` runs every workspace's suite; each workspace owns its vitest config(s).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['{shared,worker,addin,scripts}/vitest.config.ts', '{shared,worker,addin,scripts}/vitest.*.config.ts'],
  },
});
