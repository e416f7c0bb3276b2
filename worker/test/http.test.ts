// HTTP behaviour around the routes: CORS, unknown routes, body limit, language, OpenAPI and docs, /api/me.
import type { ApiError, Me } from '@plansync/shared';
import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../src/app';
import {
  BASE,
  LEAD_OF_TASK_1,
  PLAN_ID,
  call,
  expectJson,
  freshEachTest,
  importPlan,
  issueToken,
  send,
} from './helpers';

const tokens = freshEachTest(null);

describe('CORS', () => {
  const preflight = (origin: string) =>
    send(
      new Request(`${BASE}/api/plans/${PLAN_ID}/progress`, {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'authorization, content-type, idempotency-key, if-none-match',
        },
      }),
    );

  it('answers a preflight from an allowed origin with the methods and headers the add-in sends', async () => {
    const response = await preflight('https://localhost:3000');
    expect(response.status).toBe(204);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('https://localhost:3000');
    const allowed = response.headers.get('Access-Control-Allow-Headers')!.toLowerCase();
    for (const header of ['authorization', 'content-type', 'idempotency-key', 'if-none-match'])
      expect(allowed).toContain(header);
    expect(response.headers.get('Access-Control-Allow-Methods')).toContain('POST');
  });

  it('allows every origin listed in ALLOWED_ORIGINS and exposes ETag on real responses', async () => {
    await importPlan(tokens.admin);
    const response = await call(`/api/plans/${PLAN_ID}`, {
      token: tokens.viewer,
      headers: { Origin: 'https://addin.example.gov.cn' },
    });
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('https://addin.example.gov.cn');
    expect(response.headers.get('Access-Control-Expose-Headers')).toContain('ETag');
  });

  it('keeps the CORS grant on a 304, so the add-in can revalidate the plan', async () => {
    await importPlan(tokens.admin);
    const origin = { Origin: 'https://localhost:3000' };
    const first = await call(`/api/plans/${PLAN_ID}`, { token: tokens.viewer, headers: origin });
    const again = await call(`/api/plans/${PLAN_ID}`, {
      token: tokens.viewer,
      headers: { ...origin, 'If-None-Match': first.headers.get('ETag')! },
    });
    expect(again.status).toBe(304);
    expect(again.headers.get('Access-Control-Allow-Origin')).toBe('https://localhost:3000');
    expect(again.headers.get('Access-Control-Expose-Headers')).toContain('ETag');
  });

  it('gives no CORS grant to an origin not listed', async () => {
    const response = await preflight('https://evil.example.com');
    expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });
});

describe('errors', () => {
  it('answers unknown routes with 404 JSON', async () => {
    const response = await call('/api/nothing-here', { token: tokens.viewer });
    const body = await expectJson<ApiError>(response, 404);
    expect(body.error).toEqual({ code: 'not_found', message: '找不到请求的资源。', details: null });
    expect((await expectJson<ApiError>(await call('/'), 404)).error.code).toBe('not_found');
  });

  it('answers a body over the limit with 413 JSON before reading it', async () => {
    const huge = 'x'.repeat(MAX_BODY_BYTES + 1);
    const response = await call(`/api/plans/${PLAN_ID}`, { method: 'PUT', token: tokens.admin, text: huge });
    const body = await expectJson<ApiError>(response, 413);
    expect(body.error.code).toBe('payload_too_large');
  });

  it('answers malformed JSON with 400 invalid_request', async () => {
    const response = await call(`/api/plans/${PLAN_ID}/progress`, {
      method: 'POST',
      token: tokens.admin,
      headers: { 'Content-Type': 'application/json' },
    });
    expect((await expectJson<ApiError>(response, 400)).error.code).toBe('invalid_request');
  });

  it("passes a schema's own validation message to the client instead of zod's generic wording", async () => {
    const { admin } = tokens;
    const body = await expectJson<ApiError>(
      await call(`/api/plans/${PLAN_ID}/history?task=1&target=1.1`, { token: admin }),
      400,
    );
    expect(body.error.details).toEqual([expect.objectContaining({ message: 'give at most one of target or task' })]);
    const empty = await expectJson<ApiError>(
      await call(`/api/plans/${PLAN_ID}/progress`, { method: 'POST', token: admin, json: {} }),
      400,
    );
    expect(empty.error.details).toEqual([
      expect.objectContaining({ message: 'a batch needs at least one figure or report' }),
    ]);
  });

  it('speaks English when Accept-Language prefers it, Chinese otherwise', async () => {
    const english = await expectJson<ApiError>(
      await call('/api/me', { headers: { 'Accept-Language': 'en-US,en;q=0.9,zh;q=0.5' } }),
      401,
    );
    expect(english.error.message).toBe('Missing or invalid access token.');
    const chinese = await expectJson<ApiError>(
      await call('/api/me', { headers: { 'Accept-Language': 'zh-CN,zh;q=0.9,en;q=0.5' } }),
      401,
    );
    expect(chinese.error.message).toBe('缺少或无效的访问令牌。');
  });

  it('never includes a stack trace', async () => {
    const response = await call(`/api/plans/${PLAN_ID}/progress`, {
      method: 'POST',
      token: tokens.admin,
      json: { figures: 'many' },
    });
    expect(await response.text()).not.toMatch(/\bat .*\.(ts|js):\d+/);
  });
});

describe('documents', () => {
  it('serves an OpenAPI document generated from the shared schemas', async () => {
    const doc = await expectJson<{
      openapi: string;
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    }>(await call('/api/openapi.json'), 200);
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/me',
      '/api/plans',
      '/api/plans/{planId}',
      '/api/plans/{planId}/assessment',
      '/api/plans/{planId}/history',
      '/api/plans/{planId}/progress',
      '/api/plans/{planId}/repair',
      '/api/plans/{planId}/schedule',
    ]);
    for (const name of [
      'Plan',
      'ProgressBatch',
      'PushResult',
      'PlanProgress',
      'History',
      'ApiError',
      'Me',
      'Assessment',
      'ReportingSchedule',
    ]) {
      expect(doc.components.schemas).toHaveProperty(name);
    }
    const plan = doc.paths['/api/plans/{planId}'] as { put: { requestBody: { content: Record<string, unknown> } } };
    expect(Object.keys(plan.put.requestBody.content).sort()).toEqual(['application/json', 'text/plain']);
    const progress = doc.paths['/api/plans/{planId}/progress'] as {
      post: { parameters: { name: string; in: string }[] };
    };
    expect(progress.post.parameters).toContainEqual(expect.objectContaining({ name: 'idempotency-key', in: 'header' }));
  });
});

describe('GET /api/me', () => {
  it("returns the token's role, unit and public id, never the secret", async () => {
    const me = await expectJson<Me>(await call('/api/me', { token: tokens.editor }), 200);
    expect(me).toEqual({
      role: 'editor',
      unit: LEAD_OF_TASK_1,
      tokenId: expect.stringMatching(/^tok_[0-9a-f]{12}$/),
      label: null,
    });
    expect(JSON.stringify(me)).not.toContain(tokens.editor);
  });

  it('returns the label a read-only token was created with, so the pane can name the office', async () => {
    const viewer = await issueToken('viewer', null, '目督办');
    const me = await expectJson<Me>(await call('/api/me', { token: viewer }), 200);
    expect(me).toMatchObject({ role: 'viewer', unit: null, label: '目督办' });
  });
});
