// Runs wrangler from Node: one-shot commands (KV writes) and `wrangler dev` in its own process group.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WORKER_DIR = dirname(dirname(fileURLToPath(import.meta.url)));
/** The persist dir `npm run dev` uses, so tokens made by `npm run token` work there. */
export const DEFAULT_PERSIST_DIR = join(WORKER_DIR, '.wrangler', 'state');
const WRANGLER = createRequire(import.meta.url).resolve('wrangler/bin/wrangler.js');
const QUIET_ENV = {
  ...process.env,
  WRANGLER_SEND_METRICS: 'false',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  NO_COLOR: '1',
};

/** Where KV writes go: the local state `wrangler dev` uses, or a deployed namespace (by id, else the binding's). */
export type KvTarget = { local: true; persistTo: string } | { local: false; namespaceId?: string };

/** Runs a wrangler command to completion; rejects with its output when it fails. */
export function runWrangler(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WRANGLER, ...args], { cwd: WORKER_DIR, env: QUIET_ENV });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`wrangler ${args.join(' ')} failed:\n${output}`)),
    );
  });
}

/** Writes key/value pairs to the PLANSYNC_KV namespace in one wrangler call. */
export async function putKvEntries(entries: { key: string; value: string }[], target: KvTarget): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'plansync-kv-'));
  try {
    const file = join(dir, 'entries.json');
    await writeFile(file, JSON.stringify(entries));
    const where = target.local
      ? ['--binding', 'PLANSYNC_KV', '--local', '--persist-to', target.persistTo]
      : [...(target.namespaceId ? ['--namespace-id', target.namespaceId] : ['--binding', 'PLANSYNC_KV']), '--remote'];
    await runWrangler(['kv', 'bulk', 'put', file, ...where]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export interface DevProcess {
  url: string;
  stop(): Promise<void>;
}

export interface DevOptions {
  port: number;
  /** Wrangler config; the API's wrangler.jsonc by default. */
  config?: string;
  persistTo?: string;
  vars?: Record<string, string>;
  /** Print wrangler's own output (the CLI does; tests and benchmarks do not). */
  echo?: boolean;
}

/** A TCP port on 127.0.0.1 that nothing listens on right now, for a `wrangler dev` of tests or benchmarks. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/**
 * Starts `wrangler dev` (which spawns workerd) in a new process group and resolves once `readyPath`
 * answers; `stop()` ends the whole group, so no workerd is left behind.
 */
export async function startWranglerDev(options: DevOptions, readyPath = '/'): Promise<DevProcess> {
  const args = ['dev', '--port', String(options.port), '--ip', '127.0.0.1', '--show-interactive-dev-session=false'];
  if (options.config) args.push('--config', options.config);
  if (options.persistTo) args.push('--persist-to', options.persistTo);
  for (const [name, value] of Object.entries(options.vars ?? {})) args.push('--var', `${name}:${value}`);
  const child = spawn(process.execPath, [WRANGLER, ...args], { cwd: WORKER_DIR, env: QUIET_ENV, detached: true });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    if (options.echo) process.stdout.write(chunk);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const url = `http://127.0.0.1:${options.port}`;
  const stop = () => stopGroup(child);
  try {
    await waitUntilReady(`${url}${readyPath}`, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}

async function waitUntilReady(
  url: string,
  child: ChildProcess,
  output: () => string,
  timeoutMs = 90_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(url);
      await response.body?.cancel();
      if (response.status < 500) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`wrangler dev did not answer ${url} within ${timeoutMs / 1000} s:\n${output()}`);
}

async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // The group is already gone.
    }
  };
  signal('SIGTERM');
  const killed = await Promise.race([
    exited.then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5000)),
  ]);
  if (!killed) {
    signal('SIGKILL');
    await exited;
  }
  // workerd may outlive wrangler's exit for a moment; make sure the whole group is gone.
  signal('SIGKILL');
}
