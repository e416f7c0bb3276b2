// A build of the worker frozen in a temp folder, for `wrangler dev` runs that must not reload mid-run.
//
// `wrangler dev` rebuilds and restarts workerd whenever a file of the bundle or its config changes (an edit, a
// `git rebase`), and answers every POST in flight with its own 503 "Your worker restarted mid-request" while GETs
// wait for the new runtime. The load script and the benchmark run for minutes on a tree people keep editing, so
// they serve this copy instead: bundled once, run with `no_bundle`, watched by wrangler only in the temp folder.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { readJsonc } from '../../scripts/deploy-config';
import { runWrangler } from './wrangler';

export interface FrozenBuild {
  /** The frozen wrangler config (JSON) to pass to `wrangler dev --config`. */
  config: string;
  remove(): Promise<void>;
}

/**
 * Bundles the worker of `configPath` (`wrangler deploy --dry-run --outdir`) into a temp folder and writes a
 * config beside it whose `main` is that bundle, with `no_bundle`, its module rules renamed for the bundle's
 * file names, and an `assets.directory` made absolute.
 * @throws Error with wrangler's output when the bundle fails.
 */
export async function freezeWorker(configPath: string): Promise<FrozenBuild> {
  const dir = await mkdtemp(join(tmpdir(), 'plansync-frozen-'));
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    await runWrangler(['deploy', '--dry-run', '--outdir', dir, '--config', configPath]);
    const { $schema: _schema, ...raw } = readJsonc(configPath, await readFile(configPath, 'utf8'));
    const assets = raw.assets as { directory?: string } | undefined;
    const rules = raw.rules as { type: string; globs: string[] }[] | undefined;
    const frozen = {
      ...raw,
      main: 'index.js',
      no_bundle: true,
      // The bundle puts each module a rule matched beside index.js as `<sha1>-<file name>`.
      ...(rules
        ? { rules: rules.map((rule) => ({ ...rule, globs: rule.globs.map((g) => `**/*-${basename(g)}`) })) }
        : {}),
      ...(assets?.directory
        ? { assets: { ...assets, directory: resolve(dirname(configPath), assets.directory) } }
        : {}),
    };
    const config = join(dir, 'wrangler.json');
    await writeFile(config, JSON.stringify(frozen, null, 2));
    return { config, remove };
  } catch (error) {
    await remove();
    throw error;
  }
}
