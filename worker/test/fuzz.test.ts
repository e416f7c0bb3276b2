// Fuzzed requests (fast-check): whatever the body, path or header, the API answers with a 2xx–4xx JSON, never a 5xx.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { BASE, PLAN_ID, call, freshEachTest, send, type Tokens } from './helpers';

const RUNS = 1000;
const tokens = freshEachTest();

async function expectHandled(response: Response): Promise<void> {
  const text = await response.text();
  expect(response.status, text).toBeLessThan(500);
  if (response.status >= 400) expect(JSON.parse(text)).toHaveProperty('error.code');
}

const targetId = fc.oneof(fc.constantFrom('1.1', '1.2', '2.1', '2.4', '9.9', '1.10'), fc.string({ maxLength: 6 }));
const number = fc.oneof(
  fc.integer({ min: -5, max: 1e6 }),
  fc.double({ noNaN: false }),
  fc.constant(1e13),
  fc.constant(-0),
);
const text = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constant('报'.repeat(2001)),
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const figure = fc.record(
  { targetId, value: number, baseVersion: fc.oneof(fc.nat(3), number), note: maybe(text) },
  { requiredKeys: [] },
);
const report = fc.record(
  {
    task: fc.oneof(fc.integer({ min: -1, max: 4 }), number),
    status: fc.oneof(fc.constantFrom('not_started', 'in_progress', 'done', 'behind'), fc.string({ maxLength: 8 })),
    progress: text,
    problems: maybe(text),
    nextSteps: maybe(text),
    baseVersion: fc.nat(3),
  },
  { requiredKeys: [] },
);
const batchLike = fc.record(
  { figures: maybe(fc.array(figure, { maxLength: 5 })), reports: maybe(fc.array(report, { maxLength: 3 })) },
  { requiredKeys: [] },
);

it(`POST progress: ${RUNS} batch-shaped and arbitrary JSON bodies never give a 5xx`, async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(batchLike, fc.jsonValue()),
      fc.constantFrom('admin', 'editor', 'viewer'),
      fc.option(fc.string({ maxLength: 20 })),
      async (body, who, key) => {
        const headers: Record<string, string> = key
          ? { 'Idempotency-Key': key.replace(/[^\x20-\x7e]/g, '') || 'k' }
          : {};
        await expectHandled(
          await call(`/api/plans/${PLAN_ID}/progress`, {
            method: 'POST',
            token: tokens[who as keyof Tokens],
            json: body,
            headers,
          }),
        );
      },
    ),
    { numRuns: RUNS },
  );
}, 60_000);

it(`PUT plan: ${RUNS} arbitrary texts and JSON values never give a 5xx`, async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(
        fc.string({ unit: 'grapheme', maxLength: 400 }).map((t) => ({ text: t })),
        fc.jsonValue().map((json) => ({ json })),
      ),
      async (body) => {
        await expectHandled(await call(`/api/plans/fuzz-plan`, { method: 'PUT', token: tokens.admin, ...body }));
      },
    ),
    { numRuns: RUNS },
  );
}, 60_000);

it(`${RUNS} arbitrary methods, paths, queries and headers never give a 5xx`, async () => {
  const segment = fc.oneof(
    fc.constantFrom(
      'api',
      'plans',
      PLAN_ID,
      'progress',
      'history',
      'me',
      'repair',
      'schedule',
      'assessment',
      'openapi.json',
    ),
    fc.webSegment(),
  );
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'),
      fc.array(segment, { maxLength: 5 }),
      fc.webQueryParameters(),
      fc.constantFrom(undefined, `Bearer ${'x'.repeat(10)}`, 'Bearer', 'Bearer  ', 'token'),
      fc.constantFrom(
        undefined,
        'application/json',
        'text/plain',
        'multipart/form-data',
        'application/x-www-form-urlencoded',
      ),
      fc.string({ maxLength: 50 }),
      async (method, segments, query, auth, contentType, body) => {
        const headers = new Headers();
        headers.set('Authorization', auth ?? `Bearer ${tokens.admin}`);
        if (contentType) headers.set('Content-Type', contentType);
        const hasBody = !['GET', 'HEAD'].includes(method);
        const request = new Request(`${BASE}/${segments.join('/')}?${query}`, {
          method,
          headers,
          body: hasBody ? body : undefined,
        });
        const response = await send(request);
        expect(response.status, `${method} /${segments.join('/')}`).toBeLessThan(500);
        await response.body?.cancel();
      },
    ),
    { numRuns: RUNS },
  );
}, 60_000);
