// The wrangler configuration `npm run deploy` uses: the API's own config plus what only a deployment knows.
import ts from 'typescript';

export interface DeploySettings {
  /** Workers KV namespace id (from `wrangler kv namespace create PLANSYNC_KV`). */
  kvNamespaceId: string;
  /** Folder of the built add-in, relative to the worker folder; the Worker serves it beside the API. */
  assetsDirectory: string;
  /** Origins besides the Worker's own that may call the API (comma separated); optional. */
  allowedOrigins?: string;
}

/** Reads a JSONC wrangler config (comments allowed) with TypeScript's tolerant JSON reader. */
export function readJsonc(fileName: string, text: string): Record<string, unknown> {
  const parsed = ts.parseConfigFileTextToJson(fileName, text);
  const { error } = parsed;
  const config: unknown = parsed.config;
  if (error) throw new Error(`${fileName}: ${ts.flattenDiagnosticMessageText(error.messageText, '\n')}`);
  return config as Record<string, unknown>;
}

/** The deploy config: every KV binding gets the configured namespace id; the add-in is served as static assets. */
export function deployConfig(base: Record<string, unknown>, settings: DeploySettings): Record<string, unknown> {
  if (!/^[0-9a-f]{32}$/.test(settings.kvNamespaceId)) {
    throw new Error(
      `PLANSYNC_KV_NAMESPACE_ID must be a 32-character hex KV namespace id, got "${settings.kvNamespaceId}"`,
    );
  }
  const namespaces = (base.kv_namespaces ?? []) as { binding: string }[];
  const vars = { ...(base.vars as Record<string, string> | undefined) };
  if (settings.allowedOrigins) vars.ALLOWED_ORIGINS = settings.allowedOrigins;
  return {
    ...base,
    $schema: undefined,
    kv_namespaces: namespaces.map((ns) => ({ binding: ns.binding, id: settings.kvNamespaceId })),
    vars,
    assets: { directory: settings.assetsDirectory },
  };
}

/** The Worker's public URL as `wrangler deploy` prints it. */
export function deployedUrl(output: string): string | undefined {
  return /https:\/\/[\w.-]+\.workers\.dev\b/.exec(output)?.[0];
}

/**
 * The public URL must be an origin: the Worker serves the task pane from its root, so a URL with a path
 * (https://host/addin/) would send Excel to pages that are not there. A pane under a path is built with
 * `ADDIN_URL=https://host/addin/ npm run build -w @plansync/addin` and hosted elsewhere (see addin/README.md).
 */
export function checkDeployUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:') throw new Error(`PLANSYNC_URL must be https, got ${url}`);
  if (parsed.pathname.replace(/\/+$/, '') !== '') {
    throw new Error(
      `PLANSYNC_URL must be an origin such as https://plansync.example.org, not ${url}: the Worker serves the pane from its root`,
    );
  }
  return parsed.origin;
}
