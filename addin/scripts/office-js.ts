// Vite plugin: serves @microsoft/office-js at /office-js/ in dev and copies what Excel needs into the build.
// office.js loads o15apptofilemappingtable.js, a host file (excel-*.js) and a locale folder from beside itself;
// without them Office.onReady never fires, so they are served from the package instead of a CDN.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { cp, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, sep } from 'node:path';
import type { Plugin } from 'vite';

const OFFICE_DIST = join(dirname(createRequire(import.meta.url).resolve('@microsoft/office-js/package.json')), 'dist');
const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.html': 'text/html',
  '.css': 'text/css',
  '.png': 'image/png',
};

/** Files of the package that Excel needs: office.js, its mapping table, Excel host scripts and every locale folder. */
export function neededFile(name: string, isDirectory: boolean): boolean {
  if (isDirectory) return /^[a-z]{2,3}(-[a-z0-9]+)+$/.test(name);
  if (name.includes('.debug.')) return false;
  return ['office.js', 'o15apptofilemappingtable.js', 'ariatelemetry'].includes(name) || /^excel.*\.js$/.test(name);
}

export function officeJs(): Plugin {
  return {
    name: 'plansync-office-js',
    configureServer(server) {
      server.middlewares.use('/office-js', (req, res, next) => {
        const path = normalize(join(OFFICE_DIST, decodeURIComponent((req.url ?? '/').split('?')[0]!)));
        if (!path.startsWith(OFFICE_DIST + sep) || !existsSync(path) || !statSync(path).isFile()) return next();
        res.setHeader('Content-Type', TYPES[extname(path)] ?? 'application/octet-stream');
        createReadStream(path).pipe(res);
      });
    },
    async writeBundle(options) {
      const out = join(options.dir ?? 'dist', 'office-js');
      for (const entry of await readdir(OFFICE_DIST, { withFileTypes: true })) {
        if (neededFile(entry.name, entry.isDirectory()))
          await cp(join(OFFICE_DIST, entry.name), join(out, entry.name), { recursive: true });
      }
    },
  };
}
