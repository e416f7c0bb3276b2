// One `npm test` runs every workspace's suite; each workspace owns its vitest config.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['shared', 'worker', 'addin'],
  },
});
