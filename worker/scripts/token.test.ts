// The token CLI explains itself: `npm run token -- --help` prints its usage and succeeds (issue 10.8).
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { WORKER_DIR } from './wrangler';

it('prints usage for --help and exits 0, and usage with a failure for a wrong command', () => {
  const help = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/token.ts', '--help'], {
    cwd: WORKER_DIR,
    encoding: 'utf8',
  });
  expect(help.status).toBe(0);
  expect(help.stdout).toMatch(/^usage: npm run token -- create --role admin\|editor\|viewer/);
  expect(help.stdout).toContain('--remote');
  const wrong = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/token.ts', 'delete'], {
    cwd: WORKER_DIR,
    encoding: 'utf8',
  });
  expect(wrong.status).toBe(1);
  expect(wrong.stderr).toContain('usage:');
});
