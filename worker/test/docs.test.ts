// `/api/docs` works offline (issue 10.9): the page loads Swagger UI from this worker only, never a CDN, and a
// content security policy keeps it that way.
import { describe, expect, it } from 'vitest';
import { BASE, call } from './helpers';

/** Every URL the page loads: script src, stylesheet href, and anything else with a src or href. */
const referencedUrls = (html: string) => [...html.matchAll(/\s(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);

describe('GET /api/docs', () => {
  it('serves Swagger UI from its own origin, with every asset under the right content type', async () => {
    const page = await call('/api/docs');
    expect(page.status).toBe(200);
    expect(page.headers.get('Content-Type')).toMatch(/^text\/html/);
    const urls = referencedUrls(await page.text());
    expect(urls.sort()).toEqual(['/api/docs/init.js', '/api/docs/swagger-ui-bundle.js', '/api/docs/swagger-ui.css']);
    for (const url of urls) expect(new URL(url, BASE).origin).toBe(BASE);

    const types = { '.css': /^text\/css/, '.js': /^text\/javascript/ };
    for (const url of urls) {
      const asset = await call(url);
      expect(asset.status, url).toBe(200);
      expect(asset.headers.get('Content-Type'), url).toMatch(types[url.endsWith('.css') ? '.css' : '.js']);
      expect(asset.headers.get('X-Content-Type-Options')).toBe('nosniff');
    }
    expect(await (await call('/api/docs/swagger-ui-bundle.js')).text()).toContain('SwaggerUIBundle');
    expect(await (await call('/api/docs/swagger-ui.css')).text()).toContain('.swagger-ui');
    expect(await (await call('/api/docs/init.js')).text()).toContain("url: '/api/openapi.json'");
  });

  it('sends a content security policy that allows scripts, styles and requests from this origin only', async () => {
    const csp = (await call('/api/docs')).headers.get('Content-Security-Policy') ?? '';
    const directives = new Map(
      csp.split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(csp).not.toMatch(/https?:|\*/);
  });

  it('needs no token', async () => {
    for (const url of ['/api/docs', '/api/docs/swagger-ui-bundle.js', '/api/docs/init.js'])
      expect((await call(url)).status, url).toBe(200);
  });
});
