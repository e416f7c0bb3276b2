// Task pane and playground component tests in jsdom.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { SLOW_MACHINE_TIMEOUTS } from '../vitest.timeouts';

export default defineConfig({
  plugins: [react()],
  test: {
    name: 'addin-dom',
    ...SLOW_MACHINE_TIMEOUTS,
    root: import.meta.dirname,
    include: ['src/**/*.test.tsx'],
    environment: 'jsdom',
    setupFiles: ['src/test/jsdom-setup.ts'],
  },
});
