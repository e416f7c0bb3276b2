// HTTPS certificates for https://localhost:3000: the trusted office-addin-dev-certs ones when installed,
// otherwise certificates generated into a local cache that browsers and Excel will not trust until installed.
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export interface HttpsCerts {
  key: string;
  cert: string;
  ca?: string;
  /** True when the certificates are the installed (trusted) office-addin-dev-certs ones. */
  trusted: boolean;
  message: string;
}

const INSTALLED = join(homedir(), '.office-addin-dev-certs');
const FALLBACK = join(import.meta.dirname, '..', 'node_modules', '.cache', 'plansync-certs');

export async function httpsCerts(): Promise<HttpsCerts> {
  const read = (dir: string) => ({
    key: readFileSync(join(dir, 'localhost.key'), 'utf8'),
    cert: readFileSync(join(dir, 'localhost.crt'), 'utf8'),
    ca: readFileSync(join(dir, 'ca.crt'), 'utf8'),
  });
  const present = (dir: string) => ['localhost.key', 'localhost.crt', 'ca.crt'].every((f) => existsSync(join(dir, f)));
  if (present(INSTALLED)) {
    return {
      ...read(INSTALLED),
      trusted: true,
      message: `HTTPS: using the Office developer certificates in ${INSTALLED}`,
    };
  }
  if (!present(FALLBACK)) {
    const { generateCertificates } = await import('office-addin-dev-certs');
    await generateCertificates(
      join(FALLBACK, 'ca.crt'),
      join(FALLBACK, 'localhost.crt'),
      join(FALLBACK, 'localhost.key'),
      30,
    );
  }
  return {
    ...read(FALLBACK),
    trusted: false,
    message:
      'HTTPS: no trusted Office developer certificate found, so a self-signed one is used; browsers will warn and Excel will not load the pane.\n' +
      '       Trust it once with `npx office-addin-dev-certs install` (needs sudo on Linux), then restart.',
  };
}
