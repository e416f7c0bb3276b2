import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { OFFICE_JS_CDN, officeJsHtml } from './office-js';
import { basePath } from './base-path';

const taskpane = readFileSync(new URL('../taskpane.html', import.meta.url), 'utf8');

describe('loading office.js', () => {
  it('makes a built pane load office.js from Microsoft’s CDN, and the dev server serve the local copy', () => {
    expect(officeJsHtml(taskpane, { build: true, local: false, base: '/' })).toContain(
      `<script src="${OFFICE_JS_CDN}">`,
    );
    expect(officeJsHtml(taskpane, { build: false, local: false, base: '/' })).toContain('src="/office-js/office.js"');
  });

  it('points an offline build under a path at its own copy', () => {
    expect(officeJsHtml(taskpane, { build: true, local: true, base: '/addin/' })).toContain(
      'src="/addin/office-js/office.js"',
    );
  });

  it('builds for the path of the add-in URL, so a pane served from https://host/addin/ finds its files', () => {
    expect(basePath('https://host.example/addin/')).toBe('/addin/');
    expect(basePath('https://host.example/addin')).toBe('/addin/');
    expect(basePath('https://host.example')).toBe('/');
    expect(basePath(undefined)).toBe('/');
  });
});
