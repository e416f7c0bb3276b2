// Unknown tokens cannot burn KV reads (issue 10.7): a repeated unknown secret is answered from memory, and a
// client whose look-ups keep failing gets 429 without a KV read, while other clients and real tokens still work.
import type { ApiError } from '@plansync/shared';
import { reset } from 'cloudflare:test';
import { beforeEach, expect, it } from 'vitest';
import { call, expectJson, issueToken, kvOps } from './helpers';

beforeEach(() => reset());

const me = (token: string, ip: string) => call('/api/me', { token, headers: { 'CF-Connecting-IP': ip } });
const unknownToken = () => `ps_${crypto.randomUUID().replace(/-/g, '')}`;

it('answers a repeated unknown token from memory: one KV read, not one per request', async () => {
  const token = unknownToken();
  const first = await me(token, '198.51.100.1');
  expect(first.status).toBe(401);
  expect(kvOps(first).reads).toBe(1);
  const again = await me(token, '198.51.100.1');
  expect(again.status).toBe(401);
  expect(kvOps(again).reads).toBe(0);
});

it('refuses a client with 429 and no KV read once its failed look-ups pass the limit; others are unaffected', async () => {
  const statuses: number[] = [];
  for (let i = 0; i < 40 && !statuses.includes(429); i++)
    statuses.push((await me(unknownToken(), '203.0.113.9')).status);
  expect(statuses.at(-1)).toBe(429);
  expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(30); // the binding's limit per minute

  const refused = await me(unknownToken(), '203.0.113.9');
  const body = await expectJson<ApiError>(refused, 429);
  expect(body.error.code).toBe('rate_limited');
  expect(refused.headers.get('Retry-After')).toBe('60');
  expect(kvOps(refused).reads).toBe(0);

  const other = await me(unknownToken(), '203.0.113.10');
  expect(other.status).toBe(401);
  const valid = await issueToken('viewer');
  await expectJson(await me(valid, '198.51.100.2'), 200);
});
