// Timeouts every vitest project uses: generous, so that a loaded two-core machine fails no test for being slow
// (issue 8). A test that hangs still fails, only later. The e2e and wrangler-dev projects set longer ones.
export const SLOW_MACHINE_TIMEOUTS = { testTimeout: 60_000, hookTimeout: 120_000 };

/** testing-library's wait for findBy*, waitFor and waitForElementToBeRemoved (its default is 1 s). */
export const ASYNC_UI_TIMEOUT_MS = 20_000;
