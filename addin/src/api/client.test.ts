import { describe, expect, it } from 'vitest';
import { PushResultSchema, syntheticPlan, type PushResult } from '@plansync/shared';
import { createApiClient } from './client';
import { ApiRequestError, NetworkError, ResponseShapeError } from './errors';

interface Call {
  url: string;
  init: RequestInit;
}

function stub(status: number, body: unknown) {
  const calls: Call[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  }) as unknown as typeof globalThis.fetch;
  return { calls, api: createApiClient({ baseUrl: 'http://localhost:8787/', token: 'secret', lang: 'zh', fetch }) };
}

const header = (c: Call, name: string) => new Headers(c.init.headers).get(name);

describe('API client', () => {
  it('sends the token and language, and parses the plan with the shared schema', async () => {
    const plan = syntheticPlan(3);
    const { api, calls } = stub(200, plan);
    expect(await api.plan(plan.id)).toEqual(plan);
    expect(calls[0]!.url).toBe(`http://localhost:8787/api/plans/${plan.id}`);
    expect(header(calls[0]!, 'Authorization')).toBe('Bearer secret');
    expect(header(calls[0]!, 'Accept-Language')).toBe('zh-CN');
  });

  it('posts a batch with its Idempotency-Key', async () => {
    const reply: PushResult = PushResultSchema.parse({ batchId: 'b1', applied: [], conflicts: [], replayed: false });
    const { api, calls } = stub(200, reply);
    const batch = { figures: [{ targetId: '1.1', value: 3, baseVersion: 0 }] };
    expect(await api.push('p', batch, 'key-1')).toEqual(reply);
    expect(calls[0]!.init.method).toBe('POST');
    expect(header(calls[0]!, 'Idempotency-Key')).toBe('key-1');
    expect(JSON.parse(calls[0]!.init.body as string)).toEqual(batch);
  });

  it('turns an error body into a typed ApiRequestError with the Chinese message', async () => {
    const { api } = stub(403, {
      error: {
        code: 'forbidden',
        message: '无权填报：任务4由市委组织部牵头',
        details: [{ path: 'figures.0', message: 'x', task: 4 }],
      },
    });
    const error = await api.me().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error).toMatchObject({ status: 403, code: 'forbidden', message: '无权填报：任务4由市委组织部牵头' });
  });

  it('refuses answers that do not match the contract', async () => {
    await expect(stub(200, { role: 'boss' }).api.me()).rejects.toBeInstanceOf(ResponseShapeError);
    await expect(stub(500, '<html>').api.plans()).rejects.toBeInstanceOf(ResponseShapeError);
  });

  it('reports a failed connection as NetworkError', async () => {
    const fetch = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof globalThis.fetch;
    const api = createApiClient({ baseUrl: 'http://localhost:1', token: 't', lang: 'en', fetch });
    await expect(api.progress('p')).rejects.toBeInstanceOf(NetworkError);
  });
});
