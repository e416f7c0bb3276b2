// Issue 10.2: a base version the history holds is not refused. The plan writer decides versions from its own
// progress, not from a KV read that may be stale at another location; where a batch's base is ahead of that
// progress, history is the proof: the subject is repaired on the spot and the version rule decides.
import type { HistoryEntry, PlanProgress, PushResult } from '@plansync/shared';
import { env } from 'cloudflare:workers';
import { expect, it } from 'vitest';
import { HistoryStore } from '../src/store/history-store';
import { BASE, PLAN_ID, call, expectJson, freshEachTest, push, send, readProgress } from './helpers';

const tokens = freshEachTest();

const progress = () => readProgress(tokens.viewer);

/** A figure write accepted before the plan writer knew of it (a writer of the old design, during rollout). */
async function writtenElsewhere(targetId: string, version: number, value: number): Promise<HistoryEntry> {
  const entry: HistoryEntry = {
    kind: 'figure',
    targetId,
    old: null,
    new: { value, note: null },
    version,
    writer: { role: 'editor', unit: '市人社局', tokenId: 'tok_elsewhere' },
    writtenAt: new Date().toISOString(),
    writeId: `elsewhere-${targetId}-${version}`,
    batchId: `elsewhere-${targetId}`,
  };
  await new HistoryStore(env.PLANSYNC_KV).append(PLAN_ID, [entry]);
  return entry;
}

it('applies the next edit sent with the version the server gave, even where KV still serves the old snapshot', async () => {
  await expectJson(await push(tokens.editor, { figures: [{ targetId: '1.1', value: 10, baseVersion: 0 }] }), 200);
  // Another location: its KV reads return the value from before the last write for a minute.
  const staleEnv = { ...env, KV_LIMITS: 'write-gap-ms=0,stale-ms=60000' };
  const viaStale = (path: string, init: { method?: string; body?: string; headers?: Record<string, string> }) =>
    send(
      new Request(`${BASE}${path}`, {
        ...init,
        headers: { Authorization: `Bearer ${tokens.editor}`, ...init.headers },
      }),
      staleEnv,
    );
  const stale = await expectJson<PlanProgress>(await viaStale(`/api/plans/${PLAN_ID}/progress`, {}), 200);
  expect(stale.figures).toEqual([]);

  const next = await viaStale(`/api/plans/${PLAN_ID}/progress`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ figures: [{ targetId: '1.1', value: 12, baseVersion: 1 }] }),
  });
  expect((await expectJson<PushResult>(next, 200)).applied).toEqual([expect.objectContaining({ version: 2 })]);
  expect((await progress()).figures[0]).toEqual(expect.objectContaining({ value: 12, version: 2 }));
});

it('accepts a base version only history holds, and puts that subject right on the spot', async () => {
  await expectJson(await push(tokens.editor, { figures: [{ targetId: '1.1', value: 1, baseVersion: 0 }] }), 200);
  const elsewhere = await writtenElsewhere('1.2', 1, 7);
  const result = await expectJson<PushResult>(
    await push(tokens.editor, { figures: [{ targetId: '1.2', value: 8, baseVersion: 1 }] }),
    200,
  );
  expect(result.applied).toEqual([expect.objectContaining({ targetId: '1.2', version: 2 })]);
  const current = await progress();
  expect(current.figures.find((f) => f.targetId === '1.2')).toEqual(expect.objectContaining({ value: 8, version: 2 }));
  const history = await expectJson<{ entries: HistoryEntry[] }>(
    await call(`/api/plans/${PLAN_ID}/history?target=1.2`, { token: tokens.viewer }),
    200,
  );
  expect(history.entries.map((e) => [e.writeId, e.version])).toEqual([
    [elsewhere.writeId, 1],
    [result.applied[0]!.writeId, 2],
  ]);
});

it('builds on a newer write only history holds, then answers older bases with a conflict carrying that truth', async () => {
  await expectJson(await push(tokens.editor, { figures: [{ targetId: '1.1', value: 1, baseVersion: 0 }] }), 200);
  const elsewhere = await writtenElsewhere('1.1', 2, 5);
  const result = await expectJson<PushResult>(
    await push(tokens.editor, {
      figures: [
        { targetId: '1.1', value: 6, baseVersion: 2 },
        { targetId: '1.3', value: 1, baseVersion: 0 },
      ],
    }),
    200,
  );
  expect(result.applied.map((a) => [a.kind === 'figure' && a.targetId, a.version])).toEqual([
    ['1.1', 3],
    ['1.3', 1],
  ]);
  const stale = await expectJson<PushResult>(
    await push(tokens.admin, { figures: [{ targetId: '1.1', value: 9, baseVersion: 1 }] }),
    200,
  );
  expect(stale.conflicts).toEqual([
    expect.objectContaining({ targetId: '1.1', server: expect.objectContaining({ version: 3, value: 6 }) }),
  ]);
  const history = await expectJson<{ entries: HistoryEntry[] }>(
    await call(`/api/plans/${PLAN_ID}/history?target=1.1`, { token: tokens.viewer }),
    200,
  );
  expect(history.entries.map((e) => e.version)).toEqual([1, 2, 3]);
  expect(history.entries[1]!.writeId).toBe(elsewhere.writeId);
});
