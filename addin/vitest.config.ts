// Add-in tests that need no DOM: layout, the Excel layer against the fake, the API client, manifest and scripts.
import { defineConfig } from 'vitest/config';
import { SLOW_MACHINE_TIMEOUTS } from '../vitest.timeouts';

export default defineConfig({
  test: {
    name: 'addin',
    ...SLOW_MACHINE_TIMEOUTS,
    root: import.meta.dirname,
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
