// Starts what an end-to-end test needs: a fresh worker (wrangler dev, local KV in a temporary folder), the add-in
// server on free ports, and headless Chromium with one page; `stop` ends all of it, also after a failed step.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startWorker, type RunningWorker } from '../../worker/scripts/dev';
import { startAddinServer, type AddinServer } from '../scripts/serve';
import { freePort, launchChromium } from './browser';

export interface Loop {
  worker: RunningWorker;
  addin: AddinServer;
  browser: Browser;
  page: Page;
  stop(): Promise<void>;
}

export async function startLoop(viewport: { width: number; height: number }): Promise<Loop> {
  const persistTo = mkdtempSync(join(tmpdir(), 'plansync-e2e-kv-'));
  const [workerPort, addinPort] = [await freePort(), await freePort()];
  const addinOrigin = `https://localhost:${addinPort}`;
  const started: Partial<Loop> = {};
  const stop = async () => {
    await started.browser?.close();
    await Promise.allSettled([started.addin?.stop(), started.worker?.stop()]);
    rmSync(persistTo, { recursive: true, force: true });
  };
  try {
    started.worker = await startWorker({ port: workerPort, persistTo, vars: { ALLOWED_ORIGINS: addinOrigin } });
    started.addin = await startAddinServer({ port: addinPort, https: true, workerUrl: started.worker.url, log: false });
    started.browser = await launchChromium();
    started.page = await started.browser.newPage({ ignoreHTTPSErrors: true, viewport, locale: 'zh-CN' });
    started.page.setDefaultTimeout(60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { ...(started as Omit<Loop, 'stop'>), stop };
}
