// startAddinServer: the vite dev server for the task pane and the playground, reusable by the one-command start.
import { createServer } from 'vite';
import { httpsCerts } from './certs';

export interface AddinServerOptions {
  port?: number;
  /** Serve over HTTPS (what Office requires); plain HTTP is handy for headless tests. */
  https?: boolean;
  /** Default worker URL shown in the pane's settings. */
  workerUrl?: string;
  /** Print the certificate message and URLs (default true). */
  log?: boolean;
}

export interface AddinServer {
  url: string;
  stop(): Promise<void>;
}

/** @example const { url, stop } = await startAddinServer({ port: 3000, https: true, workerUrl: 'http://localhost:8787' }) */
export async function startAddinServer({
  port = 3000,
  https = true,
  workerUrl = 'http://localhost:8787',
  log = true,
}: AddinServerOptions = {}): Promise<AddinServer> {
  const certs = https ? await httpsCerts() : null;
  if (certs && log) console.log(certs.message);
  process.env.VITE_PLANSYNC_WORKER_URL = workerUrl;
  const server = await createServer({
    configFile: new URL('../vite.config.ts', import.meta.url).pathname,
    logLevel: log ? 'info' : 'warn',
    server: {
      port,
      strictPort: true,
      host: 'localhost',
      ...(certs ? { https: { key: certs.key, cert: certs.cert } } : {}),
    },
  });
  await server.listen();
  const url = `${https ? 'https' : 'http'}://localhost:${port}`;
  if (log) console.log(`Task pane:  ${url}/taskpane.html\nPlayground: ${url}/playground.html (worker ${workerUrl})`);
  return { url, stop: () => server.close() };
}
