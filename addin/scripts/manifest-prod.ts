// `npm run manifest:prod -w @plansync/addin -- https://addin.example.org` (or ADDIN_URL=…): writes dist/manifest.xml.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { productionManifest } from './manifest';

const origin = process.argv[2] ?? process.env.ADDIN_URL;
if (!origin) {
  console.error('usage: npm run manifest:prod -w @plansync/addin -- https://your-addin-host  (or set ADDIN_URL)');
  process.exit(2);
}
const root = join(import.meta.dirname, '..');
const out = join(root, 'dist', 'manifest.xml');
mkdirSync(join(root, 'dist'), { recursive: true });
writeFileSync(out, productionManifest(readFileSync(join(root, '..', 'manifest.xml'), 'utf8'), origin));
console.log(`production manifest for ${origin} written to ${out}`);
