// Authorization matrix: every route × every kind of caller → the status the contract promises.
import { describe, expect, it } from 'vitest';
import { BASE, PLAN_ID, freshEachTest, send, testPlan, type Tokens } from './helpers';

const CALLERS = ['none', 'malformed', 'wrong', 'viewer', 'editorOfLead', 'editorOfOther', 'admin'] as const;
type Caller = (typeof CALLERS)[number];

interface RouteCase {
  name: string;
  method: string;
  path: string;
  body?: () => unknown;
  /** Expected status per caller, in CALLERS order. */
  expected: readonly [number, number, number, number, number, number, number];
}

const READ = [401, 401, 401, 200, 200, 200, 200] as const;
const ADMIN_ONLY = [401, 401, 401, 403, 403, 403, 200] as const;

const ROUTES: RouteCase[] = [
  { name: 'GET me', method: 'GET', path: '/api/me', expected: READ },
  { name: 'GET plans', method: 'GET', path: '/api/plans', expected: READ },
  { name: 'GET plan', method: 'GET', path: `/api/plans/${PLAN_ID}`, expected: READ },
  { name: 'PUT plan', method: 'PUT', path: `/api/plans/${PLAN_ID}`, body: testPlan, expected: ADMIN_ONLY },
  { name: 'GET progress', method: 'GET', path: `/api/plans/${PLAN_ID}/progress`, expected: READ },
  {
    name: 'POST progress (task 1, led by 市人社局)',
    method: 'POST',
    path: `/api/plans/${PLAN_ID}/progress`,
    body: () => ({
      figures: [{ targetId: '1.1', value: 1, baseVersion: 0 }],
      reports: [{ task: 1, status: 'done', progress: '完成', baseVersion: 0 }],
    }),
    expected: [401, 401, 401, 403, 200, 403, 200],
  },
  { name: 'GET history', method: 'GET', path: `/api/plans/${PLAN_ID}/history?task=1`, expected: READ },
  { name: 'POST repair', method: 'POST', path: `/api/plans/${PLAN_ID}/repair`, expected: ADMIN_ONLY },
  { name: 'GET schedule', method: 'GET', path: `/api/plans/${PLAN_ID}/schedule`, expected: READ },
  {
    name: 'PUT schedule',
    method: 'PUT',
    path: `/api/plans/${PLAN_ID}/schedule`,
    body: () => ({ cycle: 'quarterly', dueDay: 10 }),
    expected: ADMIN_ONLY,
  },
  { name: 'GET assessment', method: 'GET', path: `/api/plans/${PLAN_ID}/assessment?asOf=2014-07-08`, expected: READ },
  {
    name: 'GET openapi.json (public)',
    method: 'GET',
    path: '/api/openapi.json',
    expected: [200, 200, 200, 200, 200, 200, 200],
  },
];

function authorization(caller: Caller, tokens: Tokens): string | undefined {
  switch (caller) {
    case 'none':
      return undefined;
    case 'malformed':
      return `Basic ${btoa('admin:admin')}`;
    case 'wrong':
      return 'Bearer ps_this-token-was-never-issued';
    case 'viewer':
      return `Bearer ${tokens.viewer}`;
    case 'editorOfLead':
      return `Bearer ${tokens.editor}`;
    case 'editorOfOther':
      return `Bearer ${tokens.otherEditor}`;
    case 'admin':
      return `Bearer ${tokens.admin}`;
  }
}

const tokens = freshEachTest();

describe.each(ROUTES)('$name', (route) => {
  it.each(CALLERS.map((caller, i) => ({ caller, status: route.expected[i]! })))(
    '$caller → $status',
    async ({ caller, status }) => {
      const headers = new Headers();
      const auth = authorization(caller, tokens);
      if (auth) headers.set('Authorization', auth);
      const body = route.body?.();
      if (body !== undefined) headers.set('Content-Type', 'application/json');
      const response = await send(
        new Request(`${BASE}${route.path}`, {
          method: route.method,
          headers,
          body: body === undefined ? undefined : JSON.stringify(body),
        }),
      );
      expect(response.status).toBe(status);
      if (status >= 400) {
        const error = (await response.json<{ error: { code: string } }>()).error;
        expect(error.code).toBe(status === 401 ? 'unauthorized' : 'forbidden');
        if (status === 401) expect(response.headers.get('WWW-Authenticate')).toMatch(/^Bearer/);
      }
    },
  );
});
