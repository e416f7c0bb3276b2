// The load script and the benchmark serve a frozen build: bundled once outside the tree, so an edit to the tree
// during a run cannot make `wrangler dev` restart the worker mid-request (issue 10, the 503s at 200 GETs).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
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
    // Swagger UI's files sit beside the bundle as `<sha1>-<name>`, and the frozen Text rule still matches them.
    expect(frozen.rules).toEqual([{ type: 'Text', globs: ['**/*-swagger-ui-bundle.js', '**/*-swagger-ui.css'] }]);
    const files = readdirSync(dirname(build.config));
    expect(files).toContainEqual(expect.stringMatching(/^[0-9a-f]{40}-swagger-ui-bundle\.js$/));
    expect(files).toContainEqual(expect.stringMatching(/^[0-9a-f]{40}-swagger-ui\.css$/));
    for (const key of ['durable_objects', 'migrations', 'kv_namespaces', 'ratelimits', 'vars'] as const)
      expect(frozen[key]).toEqual(rawConfig[key]);
  } finally {
    await build.remove();
  }
  expect(existsSync(build.config)).toBe(false);
});
