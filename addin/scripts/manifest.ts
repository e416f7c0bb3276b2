// The production manifest: the development one with every https://localhost:3000 replaced by the deployed origin.
const DEV_ORIGIN = 'https://localhost:3000';

/** Rewrites `xml` for `origin` (https only: Office refuses task panes over plain http). */
export function productionManifest(xml: string, origin: string): string {
  const url = new URL(origin);
  if (url.protocol !== 'https:') throw new Error(`the deployed add-in URL must be https, got ${origin}`);
  const base = url.origin + url.pathname.replace(/\/+$/, '');
  const out = xml.split(DEV_ORIGIN).join(base);
  if (/localhost|127\.0\.0\.1/.test(out)) throw new Error('the manifest still names localhost after rewriting');
  return out;
}
