import { defineConfig } from 'vitest/config';
import { SLOW_MACHINE_TIMEOUTS } from '../vitest.timeouts';

export default defineConfig({
  test: {
    name: 'scripts',
    ...SLOW_MACHINE_TIMEOUTS,
    include: ['**/*.test.ts'],
  },
});
