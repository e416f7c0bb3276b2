// Starts what an end-to-end test needs: a fresh worker (wrangler dev, local KV in a temporary folder), the add-in
// server on free ports, and headless Chromium; `stop` ends all of it, also after a failed step. `openPlayground`
// then opens the playground as one token, each in its own browser context (its own stored workbook).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startWorker, type RunningWorker } from '../../worker/scripts/dev';
import { startAddinServer, type AddinServer } from '../scripts/serve';
import { freePort, launchChromium } from './browser';
import { PlaygroundPage } from './playground-page';

export interface Loop {
  worker: RunningWorker;
  addin: AddinServer;
  browser: Browser;
  stop(): Promise<void>;
}

/** Worker, add-in server and browser, started in that order; whatever started is stopped if a later one fails. */
export async function startLoop(): Promise<Loop> {
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
  } catch (error) {
    await stop();
    throw error;
  }
  return { ...(started as Omit<Loop, 'stop'>), stop };
}

export interface PlaygroundQuery {
  token: string;
  /** The plan to pick; none when empty. */
  plan?: string;
  /** The date the playground judges at (`YYYY-MM-DD`); today when absent. */
  asOf?: string;
}

/**
 * The playground connected as `query.token`, in Chinese, in a window of `viewport`; resolves once the pane shows who
 * is connected. Every wait of the page defaults to 60 s (a loaded machine).
 */
export async function openPlayground(
  loop: Loop,
  { token, plan = '', asOf }: PlaygroundQuery,
  viewport = { width: 1600, height: 1000 },
): Promise<PlaygroundPage> {
  const context = await loop.browser.newContext({ ignoreHTTPSErrors: true, viewport, locale: 'zh-CN' });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  const query = new URLSearchParams({ worker: loop.worker.url, token, plan, ...(asOf ? { asOf } : {}) });
  await page.goto(`${loop.addin.url}/playground.html?${query}`);
  await page.getByTestId('me').waitFor();
  return new PlaygroundPage(page);
}
