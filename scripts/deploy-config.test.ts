import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDeployUrl, deployConfig, deployedUrl, readJsonc } from './deploy-config';

const base = readJsonc('wrangler.jsonc', readFileSync(new URL('../worker/wrangler.jsonc', import.meta.url), 'utf8'));
const ID = '0123456789abcdef0123456789abcdef';

describe('deployConfig', () => {
  it('reads the API’s commented wrangler config', () => {
    expect(base.main).toBeTypeOf('string');
    expect(base.kv_namespaces).toEqual([expect.objectContaining({ binding: 'PLANSYNC_KV' })]);
  });

  it('binds every KV namespace to the configured id and serves the add-in as assets', () => {
    const config = deployConfig(base, { kvNamespaceId: ID, assetsDirectory: '../addin/dist' });
    expect(config.kv_namespaces).toEqual([{ binding: 'PLANSYNC_KV', id: ID }]);
    expect(config.assets).toEqual({ directory: '../addin/dist' });
    expect(config.main).toBe(base.main);
  });

  it('keeps the configured CORS origins unless others are given', () => {
    const vars = (c: Record<string, unknown>) => c.vars as Record<string, string>;
    expect(vars(deployConfig(base, { kvNamespaceId: ID, assetsDirectory: 'd' })).ALLOWED_ORIGINS).toBe(
      vars(base).ALLOWED_ORIGINS,
    );
    expect(
      vars(deployConfig(base, { kvNamespaceId: ID, assetsDirectory: 'd', allowedOrigins: 'https://a.gov.cn' }))
        .ALLOWED_ORIGINS,
    ).toBe('https://a.gov.cn');
  });

  it('refuses an id that is not a KV namespace id', () => {
    expect(() => deployConfig(base, { kvNamespaceId: 'my-namespace', assetsDirectory: 'd' })).toThrow(
      /PLANSYNC_KV_NAMESPACE_ID/,
    );
  });
});

describe('deployedUrl', () => {
  it('finds the workers.dev URL in wrangler’s output', () => {
    expect(
      deployedUrl(
        'Uploaded plansync-api (3.1 sec)\nDeployed plansync-api triggers\n  https://plansync-api.city.workers.dev\n',
      ),
    ).toBe('https://plansync-api.city.workers.dev');
    expect(deployedUrl('--dry-run: exiting now.')).toBeUndefined();
  });
});

describe('checkDeployUrl', () => {
  it('takes an origin and refuses a URL under a path, which the Worker would not serve the pane from', () => {
    expect(checkDeployUrl('https://plansync.example.org/')).toBe('https://plansync.example.org');
    expect(() => checkDeployUrl('https://host.example/addin/')).toThrow(/must be an origin/);
    expect(() => checkDeployUrl('http://host.example')).toThrow(/https/);
  });
});
