// Add-in tests that need no DOM: layout, the Excel layer against the fake, the API client, manifest and scripts.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'addin',
    root: import.meta.dirname,
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
