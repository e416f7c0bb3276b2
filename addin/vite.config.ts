// Builds and serves the task pane (taskpane.html) and the playground (playground.html) with office.js served locally.
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { officeJs } from './scripts/office-js.ts';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), officeJs()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: {
      input: {
        taskpane: resolve(import.meta.dirname, 'taskpane.html'),
        playground: resolve(import.meta.dirname, 'playground.html'),
        commands: resolve(import.meta.dirname, 'commands.html'),
      },
    },
  },
  server: { port: 3000, strictPort: true },
});
