// The import routes as the client sends them: text or Plan JSON, ids given or matched, a dry run or the real PUT.
import { diffPlans, syntheticPlan } from '@plansync/shared';
import { describe, expect, it } from 'vitest';
import { createApiClient } from './client';

function stub(body: unknown) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
  }) as unknown as typeof globalThis.fetch;
  return { calls, api: createApiClient({ baseUrl: 'http://w', token: 't', lang: 'zh', fetch }) };
}
const contentType = (init: RequestInit) => new Headers(init.headers).get('Content-Type');

describe('import client', () => {
  const plan = syntheticPlan(4, 'p-2015');

  it('dry-runs a text as text/plain, and parses the plan, warnings and diff', async () => {
    const reply = { plan, warnings: [], diff: diffPlans(null, plan) };
    const { api, calls } = stub(reply);
    expect(await api.previewImport('p-2015', { text: '计划全文' })).toEqual(reply);
    expect(calls[0]!.url).toBe('http://w/api/plans/p-2015?dryRun=true');
    expect([calls[0]!.init.method, contentType(calls[0]!.init), calls[0]!.init.body]).toEqual([
      'PUT',
      'text/plain; charset=utf-8',
      '计划全文',
    ]);
  });

  it('sends a table read positionally with ids=match, and a checked draft with its ids as given', async () => {
    const summary = {
      id: plan.id,
      title: plan.title,
      year: 2014,
      tasks: 1,
      targets: 4,
      updatedAt: '2026-03-01T00:00:00.000Z',
    };
    const { api, calls } = stub({ plan: summary, warnings: [] });
    expect(await api.importPlan('p-2015', { plan, ids: 'given' })).toEqual(summary);
    expect(calls[0]!.url).toBe('http://w/api/plans/p-2015?ids=given');
    expect(JSON.parse(calls[0]!.init.body as string)).toEqual(plan);
    await api.previewImport('p-2015', { plan, ids: 'match' }).catch(() => undefined);
    expect(calls[1]!.url).toBe('http://w/api/plans/p-2015?dryRun=true&ids=match');
    expect(contentType(calls[1]!.init)).toBe('application/json');
  });
});
