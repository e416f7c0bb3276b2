// Vite plugin: where the pages load office.js from. A built pane loads it from Microsoft's CDN (the supported way,
// required for AppSource); the dev server serves the whole @microsoft/office-js package at /office-js/ so the pane
// and the playground work offline, and `PLANSYNC_LOCAL_OFFICE_JS=1 npm run build` copies the whole package (its
// telemetry/, webauth/ and locale folders included: office.js loads them from beside itself) for an offline build.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, sep } from 'node:path';
import type { Plugin } from 'vite';

const OFFICE_DIST = join(dirname(createRequire(import.meta.url).resolve('@microsoft/office-js/package.json')), 'dist');
/** Microsoft's hosted Office.js (learn.microsoft.com, "Referencing the Office JavaScript API library"). */
export const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const LOCAL_SRC = '/office-js/office.js';
const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.html': 'text/html',
  '.css': 'text/css',
  '.png': 'image/png',
};

/** The pages' `<script src="/office-js/office.js">` as a build should have it: the CDN, or the local copy under `base`. */
export function officeJsHtml(html: string, { build, local, base }: { build: boolean; local: boolean; base: string }) {
  if (!build) return html;
  const src = local ? `${base.replace(/\/?$/, '/')}office-js/office.js` : OFFICE_JS_CDN;
  return html.split(`src="${LOCAL_SRC}"`).join(`src="${src}"`);
}

export function officeJs(local = process.env.PLANSYNC_LOCAL_OFFICE_JS === '1'): Plugin {
  let build = false;
  let base = '/';
  return {
    name: 'plansync-office-js',
    configResolved(config) {
      build = config.command === 'build';
      base = config.base;
    },
    transformIndexHtml: (html) => officeJsHtml(html, { build, local, base }),
    configureServer(server) {
      server.middlewares.use('/office-js', (req, res, next) => {
        const path = normalize(join(OFFICE_DIST, decodeURIComponent((req.url ?? '/').split('?')[0]!)));
        if (!path.startsWith(OFFICE_DIST + sep) || !existsSync(path) || !statSync(path).isFile()) {
          next();
          return;
        }
        res.setHeader('Content-Type', TYPES[extname(path)] ?? 'application/octet-stream');
        createReadStream(path).pipe(res);
      });
    },
    async writeBundle(options) {
      if (local) await cp(OFFICE_DIST, join(options.dir ?? 'dist', 'office-js'), { recursive: true });
    },
  };
}
