// Local run: `wrangler dev` with persisted local KV, dev tokens, and the seed plan imported on first start.
// `startWorker()` is reusable (end-to-end tests, benchmarks); running this file is `npm run dev`.
import { parsePlan, type Plan } from '@plansync/shared';
import { SEED_PLAN_ID, readSeedText } from '@plansync/shared/seed-plan';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from '@hono/zod-openapi';
import { createStoredTokens } from './stored-tokens';
import { freezeWorker } from './frozen-build';
import { startMiniflare } from './miniflare';
import { DEFAULT_PERSIST_DIR, WORKER_DIR, startWranglerDev } from './wrangler';

// Tokens are stored hashed, so their plaintext is kept here (inside the gitignored persist dir) to print again.
const TOKENS_FILE = 'plansync-dev-tokens.json';

const DevTokensSchema = z.object({ admin: z.string(), editor: z.string(), editorUnit: z.string() });
export type DevTokens = z.infer<typeof DevTokensSchema>;

export interface StartOptions {
  port?: number;
  persistTo?: string;
  vars?: Record<string, string>;
  /** Print wrangler's output. */
  echo?: boolean;
  /** Serve a build frozen at start (frozen-build.ts): edits to the tree cannot restart it mid-run. */
  frozen?: boolean;
  /** Serve the frozen build from Miniflare directly, without `wrangler dev`'s proxy (miniflare.ts); implies frozen. */
  miniflare?: boolean;
}

export interface RunningWorker {
  url: string;
  tokens: DevTokens;
  stop(): Promise<void>;
}

/** The lead unit of the most tasks (ties: the one listed first). */
export function busiestLeadUnit(plan: Plan): string {
  const counts = new Map<string, number>();
  for (const task of plan.tasks) counts.set(task.leadUnit, (counts.get(task.leadUnit) ?? 0) + 1);
  return [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
}

/**
 * Starts the API on `port` with local KV under `persistTo`, makes sure the dev tokens exist, and imports
 * the seed plan (through the API, as an admin would) when it is not there yet.
 * @example const api = await startWorker({ port: 8788, persistTo: tmp }); …; await api.stop();
 */
export async function startWorker(options: StartOptions = {}): Promise<RunningWorker> {
  const persistTo = options.persistTo ?? DEFAULT_PERSIST_DIR;
  const seedText = readSeedText();
  const seed = parsePlan(seedText, { id: SEED_PLAN_ID });
  const tokens = await ensureDevTokens(persistTo, busiestLeadUnit(seed));
  const frozen =
    options.frozen || options.miniflare ? await freezeWorker(join(WORKER_DIR, 'wrangler.jsonc')) : undefined;
  const { port = 8787, vars, echo } = options;
  const dev = await (
    options.miniflare && frozen
      ? startMiniflare({ port, persistTo, vars, config: frozen.config })
      : startWranglerDev({ port, persistTo, vars, echo, config: frozen?.config }, '/api/openapi.json')
  ).catch(async (error: unknown) => {
    await frozen?.remove();
    throw error;
  });
  const stop = async () => {
    await dev.stop();
    await frozen?.remove();
  };
  try {
    await importSeedOnce(dev.url, tokens.admin, seedText);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: dev.url, tokens, stop };
}

async function ensureDevTokens(persistTo: string, editorUnit: string): Promise<DevTokens> {
  const file = join(persistTo, TOKENS_FILE);
  const saved = DevTokensSchema.safeParse(await readFile(file, 'utf8').then(JSON.parse, () => null));
  if (saved.success && saved.data.editorUnit === editorUnit) return saved.data;
  await mkdir(persistTo, { recursive: true });
  const [admin, editor] = await createStoredTokens(
    [
      { role: 'admin', label: 'dev admin' },
      { role: 'editor', unit: editorUnit, label: 'dev editor' },
    ],
    { local: true, persistTo },
  );
  const tokens = { admin: admin.secret, editor: editor.secret, editorUnit };
  await writeFile(file, JSON.stringify(tokens, null, 2), { mode: 0o600 });
  return tokens;
}

async function importSeedOnce(url: string, adminToken: string, text: string): Promise<void> {
  const headers = { Authorization: `Bearer ${adminToken}` };
  const existing = await fetch(`${url}/api/plans/${SEED_PLAN_ID}`, { headers });
  await existing.body?.cancel();
  if (existing.status === 200) return;
  const put = await fetch(`${url}/api/plans/${SEED_PLAN_ID}`, {
    method: 'PUT',
    headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' },
    body: text,
  });
  if (put.status !== 201 && put.status !== 200)
    throw new Error(`seed import failed: ${put.status} ${await put.text()}`);
  await put.body?.cancel();
}

async function main(): Promise<void> {
  const worker = await startWorker({ echo: true });
  console.log(`
plansync API: ${worker.url}   (docs: ${worker.url}/api/docs)
seed plan:    ${worker.url}/api/plans/${SEED_PLAN_ID}
admin token:  ${worker.tokens.admin}
editor token: ${worker.tokens.editor}   (${worker.tokens.editorUnit}, lead unit of the most tasks)
Ctrl+C stops wrangler and workerd.`);
  const stop = () => void worker.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
