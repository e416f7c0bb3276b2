import { defineConfig } from 'vitest/config';
import { SLOW_MACHINE_TIMEOUTS } from '../vitest.timeouts';

export default defineConfig({
  test: {
    name: 'shared',
    ...SLOW_MACHINE_TIMEOUTS,
    include: ['src/**/*.test.ts'],
  },
});
