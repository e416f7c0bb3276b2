// `npm run deploy [-- --dry-run]`: builds the add-in, deploys the Worker (API + task pane as static assets)
// and writes the production manifest for the deployed URL. Settings come from the environment:
//   PLANSYNC_KV_NAMESPACE_ID  KV namespace id (required; `npx wrangler kv namespace create PLANSYNC_KV`)
//   PLANSYNC_URL              public URL, when it is not the workers.dev one wrangler prints (custom domain)
//   PLANSYNC_ALLOWED_ORIGINS  other origins allowed to call the API (optional)
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { productionManifest } from '../addin/scripts/manifest';
import { WORKER_DIR, runWrangler } from '../worker/scripts/wrangler';
import { checkDeployUrl, deployConfig, deployedUrl, readJsonc } from './deploy-config';

const ROOT = join(import.meta.dirname, '..');
/** Generated beside wrangler.jsonc so its relative paths hold; gitignored. */
const DEPLOY_CONFIG = join(WORKER_DIR, 'wrangler.deploy.json');

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'dry-run': { type: 'boolean', default: false } } });
  const dryRun = values['dry-run'];
  // Refused before anything is built or uploaded.
  const publicUrl = process.env.PLANSYNC_URL ? checkDeployUrl(process.env.PLANSYNC_URL) : undefined;
  const kvNamespaceId = process.env.PLANSYNC_KV_NAMESPACE_ID ?? (dryRun ? '0'.repeat(32) : '');
  if (!kvNamespaceId) {
    throw new Error('Set PLANSYNC_KV_NAMESPACE_ID (create one with: npx wrangler kv namespace create PLANSYNC_KV).');
  }

  // The pane is served by the Worker itself, so a production build calls the API on its own origin.
  const build = spawnSync('npm', ['run', '-s', 'build', '-w', '@plansync/addin'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, VITE_PLANSYNC_WORKER_URL: '' },
  });
  if (build.status !== 0) throw new Error(`building the add-in failed (exit ${build.status})`);
  const base = readJsonc('wrangler.jsonc', readFileSync(join(WORKER_DIR, 'wrangler.jsonc'), 'utf8'));
  const config = deployConfig(base, {
    kvNamespaceId,
    assetsDirectory: '../addin/dist',
    ...(process.env.PLANSYNC_ALLOWED_ORIGINS ? { allowedOrigins: process.env.PLANSYNC_ALLOWED_ORIGINS } : {}),
  });
  writeFileSync(DEPLOY_CONFIG, `${JSON.stringify(config, null, 2)}\n`);

  const args = [
    'deploy',
    '--config',
    DEPLOY_CONFIG,
    ...(dryRun ? ['--dry-run', '--outdir', '.wrangler/deploy-dry-run'] : []),
  ];
  const output = await runWrangler(args);
  console.log(output);
  const url = publicUrl ?? deployedUrl(output) ?? (dryRun ? 'https://plansync-api.example.workers.dev' : undefined);
  if (!url) throw new Error('Could not read the deployed URL from wrangler; set PLANSYNC_URL and run again.');

  const manifest = join(ROOT, 'addin', 'dist', 'manifest.xml');
  writeFileSync(manifest, productionManifest(readFileSync(join(ROOT, 'manifest.xml'), 'utf8'), url));
  console.log(`\n${dryRun ? 'Dry run: nothing was uploaded.' : `Deployed ${url}`}`);
  console.log(
    `Production manifest: ${manifest} (upload it to Excel, or publish it through the Microsoft 365 admin center)`,
  );
  console.log('First admin token: PLANSYNC_KV_NAMESPACE_ID=… npm run token -- create --role admin --remote');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
