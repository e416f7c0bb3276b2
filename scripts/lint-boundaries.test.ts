// The architecture's boundaries are lint rules (eslint.config.js): a snippet that crosses one fails lint in the
// folder it must stay out of, and passes in the folder it belongs to (issue 8, "a deliberate boundary violation").
import { join } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const BOUNDARY_RULES = new Set(['no-restricted-globals', 'no-restricted-imports', 'no-restricted-syntax']);

// The snippets are not files of any tsconfig, so they are linted without type information; the boundary rules
// only look at syntax and scope, and everything else in eslint.config.js still applies.
const eslint = new ESLint({
  cwd: ROOT,
  overrideConfig: [
    tseslint.configs.disableTypeChecked,
    { languageOptions: { parserOptions: { projectService: false, project: null } } },
  ],
});

/** The rule ids eslint.config.js reports for `code` placed at `path` (relative to the repo root). */
async function reported(code: string, path: string, only = BOUNDARY_RULES): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
  const messages = result?.messages ?? [];
  const fatal = messages.find((m) => m.fatal);
  if (fatal) throw new Error(`${path}: ${fatal.message}`);
  return messages.flatMap((m) => (m.ruleId && only.has(m.ruleId) ? [m.ruleId] : []));
}

const EXCEL_RUN = `export async function probe(): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getActiveWorksheet().getRange('A1').values = [[1]];
    await context.sync();
  });
}
`;
const OFFICE_SETTINGS = `export const probe = (): unknown => Office.context.document.settings.get('plansync');\n`;
const KV_PUT_ON_BINDING = `export const probe = async (c: { env: Env }) => {
  await c.env.PLANSYNC_KV.put('progress:x', '{}');
};
`;
const KV_DESTRUCTURED = `export const probe = (env: Env) => {
  const { PLANSYNC_KV } = env;
  return PLANSYNC_KV.get('plan:x');
};
`;
const KV_TYPED = `export const probe = (kv: KVNamespace) => kv.list({ prefix: 'history:' });\n`;
const HONO_IMPORT = `import { Hono } from 'hono';\nexport const probe = new Hono();\n`;
const STORE_IMPORT = `import { planKey } from '../store/keys';\nexport const probe = planKey('x');\n`;

describe('Office.js stays in addin/src/excel/', () => {
  it('fails Excel.run in the task pane and Office settings in the playground', async () => {
    expect(await reported(EXCEL_RUN, 'addin/src/taskpane/probe.ts')).toEqual(['no-restricted-globals']);
    expect(await reported(OFFICE_SETTINGS, 'addin/src/playground/probe.ts')).toEqual(['no-restricted-globals']);
    expect(await reported(EXCEL_RUN, 'addin/src/layout/probe.ts')).toEqual(['no-restricted-globals']);
    expect(await reported(EXCEL_RUN, 'shared/src/sync/probe.ts')).toEqual(['no-restricted-globals']);
  });

  it('passes the same code in the Excel layer and its fake', async () => {
    expect(await reported(EXCEL_RUN, 'addin/src/excel/probe.ts')).toEqual([]);
    expect(await reported(OFFICE_SETTINGS, 'addin/src/excel/probe.ts')).toEqual([]);
    expect(await reported(EXCEL_RUN, 'addin/src/excel-fake/probe.ts')).toEqual([]);
  });
});

describe('KV stays in worker/src/store/', () => {
  it('fails a KV put in a route, the binding destructured, and a KVNamespace anywhere else', async () => {
    expect(await reported(KV_PUT_ON_BINDING, 'worker/src/routes/probe.ts')).toEqual(['no-restricted-syntax']);
    expect(await reported(KV_DESTRUCTURED, 'worker/src/progress/probe.ts')).toEqual(['no-restricted-syntax']);
    expect(await reported(KV_TYPED, 'worker/src/http/probe.ts')).toEqual(['no-restricted-syntax']);
    expect(await reported(KV_TYPED, 'worker/src/rules/probe.ts')).toEqual(['no-restricted-syntax']);
  });

  it('passes the same code in the store', async () => {
    expect(await reported(KV_PUT_ON_BINDING, 'worker/src/store/probe.ts')).toEqual([]);
    expect(await reported(KV_DESTRUCTURED, 'worker/src/store/probe.ts')).toEqual([]);
    expect(await reported(KV_TYPED, 'worker/src/store/probe.ts')).toEqual([]);
  });
});

describe('shared/ imports nothing framework- or platform-bound', () => {
  it.each([
    HONO_IMPORT,
    `import { useState } from 'react';\nexport const probe = useState;\n`,
    `import { Button } from '@fluentui/react-components';\nexport const probe = Button;\n`,
    `import { env } from 'cloudflare:workers';\nexport const probe = env;\n`,
    `import { probe } from '../../../worker/src/app';\nexport { probe };\n`,
  ])('fails %s', async (code) => {
    expect(await reported(code, 'shared/src/plan/probe.ts')).toEqual(['no-restricted-imports']);
  });

  it('passes zod, and Hono in the worker', async () => {
    expect(
      await reported(`import { z } from 'zod';\nexport const probe = z.string();\n`, 'shared/src/probe.ts'),
    ).toEqual([]);
    expect(await reported(HONO_IMPORT, 'worker/src/routes/probe.ts')).toEqual([]);
  });
});

describe('worker/src/rules/ never imports the store', () => {
  it('fails a store import in rules/ and passes it in progress/', async () => {
    expect(await reported(STORE_IMPORT, 'worker/src/rules/probe.ts')).toEqual(['no-restricted-imports']);
    expect(await reported(STORE_IMPORT, 'worker/src/progress/probe.ts')).toEqual([]);
  });
});

describe('the other checked habits', () => {
  it('fails a file name that is not kebab-case', async () => {
    const rule = new Set(['unicorn/filename-case']);
    expect(await reported('export const probe = 1;\n', 'addin/src/taskpane/ActionBar.ts', rule)).toEqual([
      'unicorn/filename-case',
    ]);
    expect(await reported('export const probe = 1;\n', 'addin/src/taskpane/action-bar.ts', rule)).toEqual([]);
  });

  it('fails a committed .only', async () => {
    const code = `import { it } from 'vitest';\nit.only('runs alone', () => undefined);\n`;
    expect(await reported(code, 'shared/src/probe.test.ts', new Set(['no-restricted-properties']))).toEqual([
      'no-restricted-properties',
    ]);
  });
});
