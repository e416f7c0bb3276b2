// Test-only ambient types: Vite's `?raw` imports (the seed text) and the main module behind `exports`.
/// <reference types="vite/client" />

declare namespace Cloudflare {
  interface GlobalProps {
    mainModule: typeof import('../src/index');
  }
}
