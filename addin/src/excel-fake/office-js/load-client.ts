// Loads Microsoft's real Excel client library (`excel-web-16.00.js` from @microsoft/office-js) into a jsdom
// window, once per process, for the test lane and the benchmark that build requests the way Excel on the web does.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { JSDOM } from 'jsdom';

const DIST = join(dirname(createRequire(import.meta.url).resolve('@microsoft/office-js/package.json')), 'dist');

let client: typeof Excel | undefined;

/** The `Excel` namespace of the real client, as a task pane in Excel on the web has it. */
export function excelWebClient(): typeof Excel {
  if (client) return client;
  const dom = new JSDOM('<!doctype html><html><body></body></html>', {
    runScripts: 'outside-only',
    url: 'https://localhost/taskpane.html',
  });
  dom.window.eval(readFileSync(join(DIST, 'excel-web-16.00.js'), 'utf8'));
  client = (dom.window as unknown as { Excel: typeof Excel }).Excel;
  return client;
}
