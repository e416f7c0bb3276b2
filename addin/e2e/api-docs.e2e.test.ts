// The API docs in a real browser with every request off this host refused, as on a government network without
// public CDNs (issue 10.9): Swagger UI renders the plansync document, and its CSP refuses nothing it needs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startWorker, type RunningWorker } from '../../worker/scripts/dev';
import { freePort, launchChromium } from './browser';

let worker: RunningWorker | undefined;
let browser: Browser | undefined;
let persistTo: string;

beforeAll(async () => {
  persistTo = mkdtempSync(join(tmpdir(), 'plansync-e2e-docs-kv-'));
  worker = await startWorker({ port: await freePort(), persistTo });
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await worker?.stop();
  rmSync(persistTo, { recursive: true, force: true });
});

it('renders /api/docs from the worker alone, with no request off the host and no CSP violation', async () => {
  const page = await browser!.newPage();
  const origin = new URL(worker!.url).origin;
  const offHost: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    offHost.push(url);
    return route.abort('internetdisconnected');
  });
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });

  await page.goto(`${worker!.url}/api/docs`);
  // The document's title and an operation of it: Swagger UI ran and fetched /api/openapi.json.
  await expect
    .poll(() => page.locator('.swagger-ui .info .title').textContent(), { timeout: 60_000 })
    .toContain('plansync API');
  await expect.poll(() => page.locator('.opblock-summary-path').count(), { timeout: 30_000 }).toBeGreaterThan(5);
  // Opening an operation renders its parameters and responses (schemas, examples) under the same policy.
  await page.locator('.opblock-summary').first().click();
  await expect.poll(() => page.locator('.opblock-body .responses-wrapper').count(), { timeout: 30_000 }).toBe(1);
  expect(offHost).toEqual([]);
  expect(refused).toEqual([]);
});
