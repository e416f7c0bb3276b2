// Test-only ambient types: Vite's `?raw` imports (the seed plan text is imported that way).
/// <reference types="vite/client" />
