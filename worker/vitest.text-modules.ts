// Text modules in tests: wrangler.jsonc's Text rule bundles swagger-ui-dist's files into the worker as strings,
// but vitest-pool-workers 0.15.1 resolves a rule-matched module against the project folder and cannot find one in
// the hoisted node_modules. Vite's `?raw` import gives the same string and bypasses that lookup.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The file's path; a tree installed before swagger-ui-dist was added gets told what to run. */
function resolveInstalled(specifier: string): string {
  try {
    return require.resolve(specifier);
  } catch {
    throw new Error(`${specifier} is not installed: run \`npm ci\` (package-lock.json gained swagger-ui-dist).`);
  }
}

/** Every Text-rule import of the worker, as Vite aliases to the file's `?raw` text. */
export const textModuleAliases: { find: string; replacement: string }[] = [
  'swagger-ui-dist/swagger-ui-bundle.js',
  'swagger-ui-dist/swagger-ui.css',
].map((specifier) => ({ find: specifier, replacement: `${resolveInstalled(specifier)}?raw` }));

/** Vitest turns CSS imports into empty strings unless they are included here, `?raw` or not. */
export const textModuleCss = { include: [/swagger-ui\.css/] };
