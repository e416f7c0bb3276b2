// The OpenAPI document as an outside client uses it (issue 10.8): every response schema compiles with Ajv, the
// error `details` has a real schema, and each route lists every status it can answer. Runs in Node: Ajv
// compiles validators with `new Function`, which workerd forbids.
import { Ajv } from 'ajv';
import { default as addFormats } from 'ajv-formats';
import { expect, it } from 'vitest';
import { createApp } from '../../src/app';

interface Doc {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema: object }> }> }>
  >;
  components: { schemas: Record<string, object> };
}

async function openApi(): Promise<Doc> {
  // The document's route reads no binding; the middleware only wraps the namespace object.
  const env = {
    PLANSYNC_KV: {},
    ALLOWED_ORIGINS: '',
    ISOLATE_CACHE_SECONDS: '0',
    KV_OPS_HEADER: 'off',
    KV_LIMITS: 'off',
  };
  const response = await createApp().request('/api/openapi.json', {}, env);
  expect(response.status).toBe(200);
  return await response.json<Doc>();
}

it('compiles every response schema with Ajv, details included', async () => {
  const doc = await openApi();
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  // OpenAPI 3.0's refs point into the document: register its components under one id and point refs there.
  const rebased = <T>(schema: T): T =>
    JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"openapi#/components/')) as T;
  ajv.addSchema({ $id: 'openapi', components: rebased(doc.components) });
  let compiled = 0;
  for (const [path, methods] of Object.entries(doc.paths))
    for (const [method, operation] of Object.entries(methods))
      for (const [status, reply] of Object.entries(operation.responses)) {
        const schema = reply.content?.['application/json']?.schema;
        if (!schema) continue;
        expect(() => ajv.compile(rebased(schema)), `${method} ${path} ${status}`).not.toThrow();
        compiled++;
      }
  expect(compiled).toBeGreaterThan(20);
  const validateError = ajv.compile({ $ref: 'openapi#/components/schemas/ApiError' });
  const tooMany = { error: { code: 'payload_too_large', message: '…', details: { maxTasks: 500, tasks: 502 } } };
  expect(validateError(tooMany)).toBe(true);
  expect(
    validateError({ error: { code: 'invalid_request', message: '…', details: [{ path: 'x', message: 'y' }] } }),
  ).toBe(true);
  expect(validateError({ error: { code: 'invalid_request', message: '…', details: 'free text' } })).toBe(false);
});

it('lists every status a route can answer', async () => {
  const doc = await openApi();
  const statuses = (path: string, method: string) => Object.keys(doc.paths[path]![method]!.responses).sort();
  expect(statuses('/api/plans/{planId}/progress', 'post')).toEqual(
    ['200', '400', '401', '403', '404', '413', '415', '422', '429', '503'].sort(),
  );
  expect(statuses('/api/plans/{planId}', 'get')).toEqual(['200', '304', '400', '401', '404', '429']);
  expect(statuses('/api/plans/{planId}/history', 'get')).toEqual(['200', '400', '401', '404', '429']);
  for (const [path, methods] of Object.entries(doc.paths))
    for (const [method, operation] of Object.entries(methods))
      expect(Object.keys(operation.responses), `${method} ${path}`).toEqual(expect.arrayContaining(['401', '429']));
});
