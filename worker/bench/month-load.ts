// `npm run load`: every lead unit of the seed plan pushes a month's reports at once while 200 GETs of progress
// and history run, twice (two months), against a frozen build in Miniflare (workerd, no `wrangler dev` proxy) on
// loopback with KV's one write per second per key emulated (KV_LIMITS). Checks every acknowledged write is in the snapshot and in history, counts 5xx,
// and prints p50/p99 and KV operations per route. Bounded: 2 × 211 requests plus the checks; stops by itself.
import { type History, type Plan, type PlanProgress, type ProgressBatch, type PushResult } from '@plansync/shared';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEED_PLAN_ID, readSeedPlan } from '@plansync/shared/seed-plan';
import { startWorker } from '../scripts/dev';
import { createStoredTokens, type StoredToken } from '../scripts/stored-tokens';
import { freePort } from '../scripts/wrangler';
import { KV_OPS_HEADER, parseKvOps, type KvOpCounts } from '../src/store/counting-kv';
import { percentile } from './load';

const MONTHS = [6, 7];
const GETS = Number(process.env.LOAD_GETS ?? 200);
const REQUEST_TIMEOUT_MS = 60_000;

interface Call {
  route: string;
  status: number;
  ms: number;
  kv: KvOpCounts;
  body: string;
}

const log = (message: string) => process.stderr.write(`${message}\n`);

/** One request, timed; status 0 when no answer came within REQUEST_TIMEOUT_MS. */
async function timed(route: string, url: string, init: RequestInit): Promise<Call> {
  const sent = performance.now();
  try {
    // One connection per request, as the load's 211 senders stand for separate clients; Node's fetch reusing
    // idle loopback connections is suspected in the resets workerd gave under load (README, "Load").
    const headers = { ...(init.headers as Record<string, string>), Connection: 'close' };
    const response = await fetch(url, { ...init, headers, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    const body = await response.text();
    const kv = parseKvOps(response.headers.get(KV_OPS_HEADER));
    return { route, status: response.status, ms: performance.now() - sent, kv, body };
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : '';
    log(`load: ${route} ${url}: ${error instanceof Error ? error.message : String(error)}${cause}`);
    return { route, status: 0, ms: performance.now() - sent, kv: parseKvOps(null), body: '' };
  }
}

/** A unit's monthly report: every task it leads (status and progress) and every target of those tasks. */
function monthBatch(plan: Plan, unit: string, month: number, versions: Map<string, number>): ProgressBatch {
  const tasks = plan.tasks.filter((task) => task.leadUnit === unit);
  return {
    figures: tasks.flatMap((task) =>
      task.targets.map((t) => ({ targetId: t.id, value: month * 10, baseVersion: versions.get(`f:${t.id}`) ?? 0 })),
    ),
    reports: tasks.map((task) => ({
      task: task.number,
      status: 'in_progress' as const,
      progress: `${month}月：按序时推进`,
      baseVersion: versions.get(`r:${task.number}`) ?? 0,
    })),
  };
}

const subjectOf = (a: PushResult['applied'][number]) => (a.kind === 'figure' ? `f:${a.targetId}` : `r:${a.task}`);

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const persistTo = await mkdtemp(join(tmpdir(), 'plansync-load-'));
  const plan = readSeedPlan();
  const units = [...new Set(plan.tasks.map((task) => task.leadUnit))];
  const specs = [
    { role: 'viewer' as const, label: 'load' },
    ...units.map((unit) => ({ role: 'editor' as const, unit, label: 'load' })),
  ];
  const [viewer, ...editors]: StoredToken[] = await createStoredTokens(specs, { local: true, persistTo });
  if (!viewer) throw new Error('no viewer token');
  const port = await freePort();
  log(`load: starting the API in Miniflare on 127.0.0.1:${port} (KV writes limited to 1/s/key)…`);
  const worker = await startWorker({
    port,
    persistTo,
    vars: { KV_OPS_HEADER: 'on', KV_LIMITS: 'write-gap-ms=1000' },
    // workerd without wrangler dev's proxy, whose loopback hop dropped requests under this load (README, "Load").
    miniflare: true,
  });
  const calls: Call[] = [];
  // The last acknowledged write of each subject (must be current), and every acknowledged write (in history).
  const acknowledged = new Map<string, string>();
  const allWriteIds: string[] = [];
  try {
    const api = `${worker.url}/api/plans/${SEED_PLAN_ID}`;
    const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
    const versions = new Map<string, number>();
    for (const month of MONTHS) {
      log(`load: ${units.length} units push month ${month} while ${GETS} GETs run…`);
      const pushes = units.map((unit, i) =>
        timed('POST progress', `${api}/progress`, {
          method: 'POST',
          headers: {
            ...auth(editors[i]!.secret),
            'Content-Type': 'application/json',
            'Idempotency-Key': `unit-${i}-month-${month}`,
          },
          body: JSON.stringify(monthBatch(plan, unit, month, versions)),
        }),
      );
      const gets = Array.from({ length: GETS }, (_, i) =>
        i % 2 === 0
          ? timed('GET progress', `${api}/progress`, { headers: auth(viewer.secret) })
          : timed('GET history', `${api}/history?task=${(i % plan.tasks.length) + 1}`, {
              headers: auth(viewer.secret),
            }),
      );
      const round = await Promise.all([...pushes, ...gets]);
      calls.push(...round);
      for (const failed of round.filter((c) => c.status >= 500).slice(0, 3))
        log(`load: ${failed.route} → ${failed.status}: ${failed.body.slice(0, 300)}`);
      for (const call of round.slice(0, units.length)) {
        if (call.status !== 200) continue;
        const result = JSON.parse(call.body) as PushResult;
        for (const a of result.applied) {
          acknowledged.set(subjectOf(a), a.writeId);
          allWriteIds.push(a.writeId);
          versions.set(subjectOf(a), a.version);
        }
      }
    }
    const progress = JSON.parse(
      (await timed('check', `${api}/progress`, { headers: auth(viewer.secret) })).body,
    ) as PlanProgress;
    const current = new Map<string, string>([
      ...progress.figures.map((f) => [`f:${f.targetId}`, f.writeId] as const),
      ...progress.reports.map((r) => [`r:${r.task}`, r.writeId] as const),
    ]);
    const missingFromSnapshot = [...acknowledged].filter(
      ([subject, writeId]) => current.get(subject) !== writeId,
    ).length;
    const inHistory = new Set<string>();
    for (const task of plan.tasks) {
      let cursor: string | null = '';
      while (cursor !== null) {
        const url = `${api}/history?task=${task.number}&limit=200${cursor ? `&cursor=${cursor}` : ''}`;
        const page = JSON.parse((await timed('check', url, { headers: auth(viewer.secret) })).body) as History;
        page.entries.forEach((e) => inHistory.add(e.writeId));
        cursor = page.cursor;
      }
    }
    const missingFromHistory = allWriteIds.filter((writeId) => !inHistory.has(writeId)).length;
    report(
      calls,
      { acknowledged: allWriteIds.length, current: acknowledged.size, missingFromSnapshot, missingFromHistory },
      json,
    );
  } finally {
    await worker.stop();
    await rm(persistTo, { recursive: true, force: true });
  }
}

function report(
  calls: Call[],
  checks: { acknowledged: number; current: number; missingFromSnapshot: number; missingFromHistory: number },
  json: boolean,
): void {
  const routes = [...new Set(calls.map((c) => c.route))];
  const rows = routes.map((route) => {
    const of = calls.filter((c) => c.route === route);
    const per = (kind: keyof KvOpCounts) => of.reduce((n, c) => n + c.kv[kind], 0) / of.length;
    return {
      route,
      requests: of.length,
      ok: of.filter((c) => c.status >= 200 && c.status < 300).length,
      noAnswer: of.filter((c) => c.status === 0).length,
      '4xx': of.filter((c) => c.status >= 400 && c.status < 500).length,
      '5xx': of.filter((c) => c.status >= 500).length,
      p50Ms: Math.round(
        percentile(
          of.map((c) => c.ms),
          50,
        ),
      ),
      p99Ms: Math.round(
        percentile(
          of.map((c) => c.ms),
          99,
        ),
      ),
      kvReadsPerRequest: Number(per('reads').toFixed(2)),
      kvWritesPerRequest: Number(per('writes').toFixed(2)),
      kvListsPerRequest: Number(per('lists').toFixed(2)),
    };
  });
  const fiveXx = rows.reduce((n, r) => n + r['5xx'], 0);
  const noAnswer = rows.reduce((n, r) => n + r.noAnswer, 0);
  if (json) console.log(JSON.stringify({ rows, checks, fiveXx, noAnswer }));
  else {
    console.log(
      '| route | requests | 2xx | 4xx | 5xx | no answer | p50 ms | p99 ms | KV reads/req | KV writes/req | KV lists/req |',
    );
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const r of rows)
      console.log(
        `| ${r.route} | ${r.requests} | ${r.ok} | ${r['4xx']} | ${r['5xx']} | ${r.noAnswer} | ${r.p50Ms} | ${r.p99Ms} | ${r.kvReadsPerRequest} | ${r.kvWritesPerRequest} | ${r.kvListsPerRequest} |`,
      );
    console.log(
      `\nacknowledged writes: ${checks.acknowledged} (${checks.current} subjects); missing from the snapshot: ` +
        `${checks.missingFromSnapshot}; missing from history: ${checks.missingFromHistory}; 5xx: ${fiveXx}; ` +
        `no answer: ${noAnswer}`,
    );
  }
  if (fiveXx > 0 || noAnswer > 0 || checks.missingFromSnapshot > 0 || checks.missingFromHistory > 0)
    process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
