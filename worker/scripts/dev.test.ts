// startWorker() as the end-to-end test will use it: a real `wrangler dev` on a free port with a fresh persist dir.
import { syntheticPlan, type ApiError, type PlanSummary, type PushResult, type Writer } from '@plansync/shared';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_PLAN_ID, readSeedPlan } from '@plansync/shared/seed-plan';
import { busiestLeadUnit, startWorker, type RunningWorker } from './dev';
import { freePort } from './wrangler';

describe('busiestLeadUnit', () => {
  it('is the lead unit of the most tasks of the seed plan', async () => {
    const seed = readSeedPlan();
    const counts = new Map<string, number>();
    for (const task of seed.tasks) counts.set(task.leadUnit, (counts.get(task.leadUnit) ?? 0) + 1);
    const most = Math.max(...counts.values());
    expect(counts.get(busiestLeadUnit(seed))).toBe(most);
    expect(busiestLeadUnit(seed)).toBe('市委组织部');
  });

  it('breaks ties by first appearance', () => {
    expect(busiestLeadUnit(syntheticPlan(8))).toBe(syntheticPlan(8).tasks[0]!.leadUnit);
  });
});

describe('startWorker', () => {
  let persistTo: string;
  let worker: RunningWorker;
  let port: number;
  const api = (path: string, token: string, init: { method?: string; body?: string } = {}) =>
    fetch(`${worker.url}${path}`, {
      ...init,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    });

  beforeAll(async () => {
    persistTo = await mkdtemp(join(tmpdir(), 'plansync-dev-test-'));
    port = await freePort();
    worker = await startWorker({ port, persistTo, vars: { ALLOWED_ORIGINS: 'https://localhost:3443' } });
  });
  afterAll(async () => {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when beforeAll failed
    await worker?.stop();
    await rm(persistTo, { recursive: true, force: true });
  });

  it('imports the seed and hands out working admin and editor tokens', async () => {
    const me = await (await api('/api/me', worker.tokens.editor)).json<Writer>();
    expect(me).toEqual(expect.objectContaining({ role: 'editor', unit: worker.tokens.editorUnit }));
    const { plans } = await (await api('/api/plans', worker.tokens.admin)).json<{ plans: PlanSummary[] }>();
    expect(plans.map((p) => [p.id, p.tasks])).toEqual([[SEED_PLAN_ID, 23]]);

    const own = await api(`/api/plans/${SEED_PLAN_ID}/progress`, worker.tokens.editor, {
      method: 'POST',
      body: JSON.stringify({ reports: [{ task: 1, status: 'in_progress', progress: '已部署', baseVersion: 0 }] }),
    });
    expect((await own.json<PushResult>()).applied).toHaveLength(1);
    const other = await api(`/api/plans/${SEED_PLAN_ID}/progress`, worker.tokens.editor, {
      method: 'POST',
      body: JSON.stringify({ reports: [{ task: 11, status: 'done', progress: '', baseVersion: 0 }] }),
    });
    expect(other.status).toBe(403);
    expect((await other.json<ApiError>()).error.details).toEqual([
      expect.objectContaining({ task: 11, leadUnit: '市人社局' }),
    ]);
  });

  it('applies the vars override (CORS origin)', async () => {
    const preflight = await fetch(`${worker.url}/api/plans`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://localhost:3443', 'Access-Control-Request-Method': 'GET' },
    });
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBe('https://localhost:3443');
  });

  it('restarts on the same state with the same tokens, keeping what was written, and stops completely', async () => {
    const before = worker.tokens;
    await worker.stop();
    await expect(fetch(`${worker.url}/api/openapi.json`)).rejects.toThrow();
    worker = await startWorker({ port, persistTo });
    expect(worker.tokens).toEqual(before);
    const progress = await (
      await api(`/api/plans/${SEED_PLAN_ID}/progress`, worker.tokens.admin)
    ).json<{
      reports: unknown[];
    }>();
    expect(progress.reports).toHaveLength(1);
  });
});
