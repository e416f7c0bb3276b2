// Connection settings kept per machine in localStorage (never in the workbook: a token must not travel with the file).
import { z } from 'zod';

export const DEFAULT_WORKER_URL = 'http://localhost:8787';
const STORAGE_KEY = 'plansync.connection';

export const ConnectionSchema = z.object({
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
