// `npm start`: the worker (wrangler dev, local KV, seed plan imported on first start, dev tokens) and the add-in
// served on https://localhost:3000, sideloaded into Excel where the platform allows. Ctrl-C stops everything.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { startAddinServer } from '../addin/scripts/serve';
import { SEED_PLAN_ID } from '@plansync/shared/seed-plan';
import { startWorker } from '../worker/scripts/dev';
import { DEFAULT_PERSIST_DIR } from '../worker/scripts/wrangler';

const ADDIN_PORT = 3000; // fixed: manifest.xml points Excel at https://localhost:3000
const WORKER_PORT = Number(process.env.PLANSYNC_WORKER_PORT ?? 8787);
const MANIFEST = join(import.meta.dirname, '..', 'manifest.xml');

/** Sideloading works where Excel desktop runs; elsewhere the user uploads the manifest to Excel on the web. */
function sideload(): (() => Promise<void>) | undefined {
  if (process.platform !== 'win32' && process.platform !== 'darwin') {
    console.log(`
Excel on the web (this platform has no Excel desktop to sideload into):
  1. Open https://localhost:${ADDIN_PORT}/taskpane.html once in your browser and accept the certificate.
  2. In a workbook on the web: 开始 Home › 加载项 Add-ins › 更多加载项 More add-ins › 我的加载项 My add-ins ›
     上传我的加载项 Upload My Add-in, and choose ${MANIFEST}`);
    return undefined;
  }
  const debugging = (...args: string[]) =>
    spawn('npx', ['office-addin-debugging', ...args], { stdio: 'inherit', shell: process.platform === 'win32' });
  const start = [
    'start',
    MANIFEST,
    'desktop',
    '--app',
    'excel',
    '--no-debug',
    '--no-live-reload',
    '--dev-server-port',
    String(ADDIN_PORT),
  ];
  debugging(...start).on(
    'exit',
    (code) => code !== 0 && console.error(`Sideloading failed (exit ${code}); upload ${MANIFEST} by hand instead.`),
  );
  return () => new Promise((resolve) => void debugging('stop', MANIFEST).on('exit', () => resolve()));
}

async function main(): Promise<void> {
  const worker = await startWorker({ port: WORKER_PORT });
  let addin: Awaited<ReturnType<typeof startAddinServer>>;
  try {
    addin = await startAddinServer({ port: ADDIN_PORT, https: true, workerUrl: worker.url });
  } catch (error) {
    await worker.stop();
    throw error;
  }
  const playground = new URL('/playground.html', addin.url);
  playground.search = new URLSearchParams({
    worker: worker.url,
    token: worker.tokens.editor,
    plan: SEED_PLAN_ID,
  }).toString();
  console.log(`
plansync is running.
  API:          ${worker.url}/api   (docs ${worker.url}/api/docs)
  Task pane:    ${addin.url}/taskpane.html
  Playground:   ${playground.href}
                (the task pane beside a workbook fake: try it without Excel)
  Admin token:  ${worker.tokens.admin}
  Editor token: ${worker.tokens.editor}   (${worker.tokens.editorUnit})
  Local KV:     ${DEFAULT_PERSIST_DIR} (kept between runs)`);
  const unload = sideload();
  console.log('\nCtrl-C stops the worker and the add-in server.');

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping…');
    await Promise.allSettled([unload?.(), addin.stop(), worker.stop()]);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(`plansync could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
