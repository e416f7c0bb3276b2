// Connection settings kept per machine in localStorage (never in the workbook: a token must not travel with the file).
import { z } from 'zod';

export const DEFAULT_WORKER_URL = 'http://localhost:8787';

/**
 * The worker URL a first-time user starts with: the one the build was given, else the pane's own origin in a
 * production build (the deployed Worker serves the pane beside the API), else the local dev worker.
 */
export function defaultWorkerUrl(env: { VITE_PLANSYNC_WORKER_URL?: string; PROD: boolean }, origin: string): string {
  return env.VITE_PLANSYNC_WORKER_URL || (env.PROD ? origin : DEFAULT_WORKER_URL);
}
const STORAGE_KEY = 'plansync.connection';

const ConnectionSchema = z.object({
  workerUrl: z.string(),
  token: z.string(),
  planId: z.string().default(''),
});
export type Connection = z.infer<typeof ConnectionSchema>;

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Stored settings, or `defaultUrl` and no token on first use. */
export function loadConnection(store: KeyValueStore | undefined, defaultUrl = DEFAULT_WORKER_URL): Connection {
  const fallback = { workerUrl: defaultUrl, token: '', planId: '' };
  try {
    const parsed = ConnectionSchema.safeParse(JSON.parse(store?.getItem(STORAGE_KEY) ?? 'null'));
    return parsed.success ? parsed.data : fallback;
  } catch {
    // Corrupt storage (edited by hand): start from the defaults rather than fail to open the pane.
    return fallback;
  }
}

export function saveConnection(store: KeyValueStore | undefined, connection: Connection): void {
  store?.setItem(STORAGE_KEY, JSON.stringify(connection));
}
