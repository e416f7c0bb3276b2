// The load script and the benchmark serve a frozen build: bundled once outside the tree, so an edit to the tree
// during a run cannot make `wrangler dev` restart the worker mid-request (issue 10, the 503s at 200 GETs).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readJsonc } from '../../scripts/deploy-config';
import { expect, it } from 'vitest';
import { freezeWorker } from './frozen-build';
import { WORKER_DIR } from './wrangler';

it('bundles the worker outside the tree with the same bindings, and removes it', async () => {
  const source = join(WORKER_DIR, 'wrangler.jsonc');
  const build = await freezeWorker(source);
  try {
    const frozen = JSON.parse(readFileSync(build.config, 'utf8')) as Record<string, unknown>;
    const rawConfig = readJsonc(source, readFileSync(source, 'utf8'));
    expect(dirname(build.config).startsWith(WORKER_DIR)).toBe(false);
    expect(frozen).toMatchObject({ main: 'index.js', no_bundle: true });
    expect(readFileSync(join(dirname(build.config), 'index.js'), 'utf8')).toMatch(/export {\s*PlanWriter,/);
    for (const key of ['durable_objects', 'migrations', 'kv_namespaces', 'ratelimits', 'vars'] as const)
      expect(frozen[key]).toEqual(rawConfig[key]);
  } finally {
    await build.remove();
  }
  expect(existsSync(build.config)).toBe(false);
});
