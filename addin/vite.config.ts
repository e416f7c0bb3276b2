// Builds and serves the task pane (taskpane.html) and the playground (playground.html); office.js: see office-js.ts.
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { basePath } from './scripts/base-path.ts';
import { officeJs } from './scripts/office-js.ts';

export default defineConfig({
  root: import.meta.dirname,
  // A pane served under a path (ADDIN_URL=https://host/addin/) needs its files under that path too.
  base: basePath(process.env.ADDIN_URL),
  plugins: [react(), officeJs()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        taskpane: resolve(import.meta.dirname, 'taskpane.html'),
        playground: resolve(import.meta.dirname, 'playground.html'),
        commands: resolve(import.meta.dirname, 'commands.html'),
      },
    },
  },
  server: { port: 3000, strictPort: true },
});
