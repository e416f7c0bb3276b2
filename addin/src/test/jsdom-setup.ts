// Setup for the jsdom tests: generous waits for async UI, and what jsdom lacks that Fluent UI needs.
import { configure } from '@testing-library/react';
import { ASYNC_UI_TIMEOUT_MS } from '../../../vitest.timeouts';

// A loaded machine renders slowly: every findBy*/waitFor waits this long before failing (issue 8).
configure({ asyncUtilTimeout: ASYNC_UI_TIMEOUT_MS });

// jsdom has no layout engine and so no ResizeObserver, which Fluent's MessageBar uses to reflow its actions.
// Nothing is ever resized in jsdom, so an observer that never fires is faithful to what jsdom can show.
class NoLayoutResizeObserver {
  observe(): void {
    // never resized, so never observed
  }
  unobserve(): void {
    // nothing observed
  }
  disconnect(): void {
    // nothing observed
  }
}
if (!('ResizeObserver' in globalThis)) globalThis.ResizeObserver = NoLayoutResizeObserver;
