// `npm run bench [-- --json]`: the API on local workerd (wrangler dev) against a no-logic floor on the same runtime.
import {
  printBenchRows,
  syntheticPlan,
  type BenchRow,
  type Plan,
  type PlanProgress,
  type PushResult,
} from '@plansync/shared';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEED_PLAN_ID } from '@plansync/shared/seed-plan';
import { startWorker, type RunningWorker } from '../scripts/dev';
import { WORKER_DIR, freePort, startWranglerDev, type DevProcess } from '../scripts/wrangler';
import { merge, percentile, reqPerSec, runLoad, type Lane, type Sample } from './load';
import { batchFor, pushLanes, subjectsOf, trackVersions, versionsOf } from './push-lanes';

const ROUND_MS = 1500;
const ROUNDS = 3;
const READ_LANES = 8;
const PUSH_LANES = 4;

const log = (message: string) => process.stderr.write(`${message}\n`);

/** Alternates floor and API rounds so drift in the machine's load hits both alike. */
async function compare(name: string, api: Lane[], floor: Lane[]): Promise<BenchRow[]> {
  await runLoad(api, { durationMs: 300 });
  await runLoad(floor, { durationMs: 300 });
  const ours: Sample[] = [];
  const base: Sample[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    base.push(await runLoad(floor, { durationMs: ROUND_MS }));
    ours.push(await runLoad(api, { durationMs: ROUND_MS }));
  }
  const a = merge(ours);
  const f = merge(base);
  log(`${name}: ${reqPerSec(a).toFixed(0)} req/s vs floor ${reqPerSec(f).toFixed(0)} req/s`);
  const row = (metric: string, value: number, unit: string): BenchRow => ({
    part: 'worker',
    case: name,
    metric,
    value,
    unit,
  });
  return [
    row('reqPerSec', round1(reqPerSec(a)), 'req/s'),
    row('p50Ms', round2(percentile(a.latenciesMs, 50)), 'ms'),
    row('p99Ms', round2(percentile(a.latenciesMs, 99)), 'ms'),
    row('floorReqPerSec', round1(reqPerSec(f)), 'req/s'),
    row('floorP50Ms', round2(percentile(f.latenciesMs, 50)), 'ms'),
    row('floorRatio', round2(reqPerSec(a) / reqPerSec(f)), '×'),
    row('kvReads', round2(a.kvReads / a.count), 'per req'),
    row('kvWrites', round2(a.kvWrites / a.count), 'per req'),
  ];
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const round2 = (n: number) => Math.round(n * 100) / 100;

async function benchPlan(label: string, plan: Plan, api: RunningWorker, floor: DevProcess): Promise<BenchRow[]> {
  const auth = { Authorization: `Bearer ${api.tokens.admin}` };
  const base = `${api.url}/api/plans/${plan.id}`;
  const setFloor = async (key: string, body: string, etag: string | null = null) => {
    const response = await fetch(`${floor.url}/__set?key=${key}`, {
      method: 'POST',
      body,
      headers: etag ? { 'X-ETag': etag } : {},
    });
    await response.body?.cancel();
  };
  const get = (url: string, headers: Record<string, string> = {}): Lane => ({
    next: () => ({ url, init: { headers } }),
  });
  const rows: BenchRow[] = [];

  // Every subject written once, so GET progress returns a full snapshot.
  const versions = versionsOf(await (await fetch(`${base}/progress`, { headers: auth })).json<PlanProgress>());
  const subjects = subjectsOf(plan);
  for (let i = 0; i < subjects.length; i += 500) {
    const response = await fetch(`${base}/progress`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify(batchFor(subjects.slice(i, i + 500), versions)),
    });
    trackVersions(versions, await response.json<PushResult>());
  }

  const planResponse = await fetch(base, { headers: auth });
  await setFloor('plan', await planResponse.text(), planResponse.headers.get('ETag'));
  const lanes = (lane: Lane) => Array.from({ length: READ_LANES }, () => lane);
  rows.push(...(await compare(`GET plan/${label}`, lanes(get(base, auth)), lanes(get(`${floor.url}/?key=plan`)))));

  await setFloor('progress', await (await fetch(`${base}/progress`, { headers: auth })).text());
  rows.push(
    ...(await compare(
      `GET progress/${label}`,
      lanes(get(`${base}/progress`, auth)),
      lanes(get(`${floor.url}/?key=progress`)),
    )),
  );

  for (const entries of [10, 100]) {
    const apiLanes = pushLanes(plan, versions, entries, PUSH_LANES, `${base}/progress`, api.tokens.admin);
    if (apiLanes.length === 0) {
      log(`POST progress ${entries}/${label}: skipped, the plan has only ${subjects.length} subjects`);
      continue;
    }
    const sample = apiLanes[0]!.next();
    const reply = await fetch(sample.url, sample.init);
    const replyBody = await reply.text();
    trackVersions(versions, JSON.parse(replyBody) as PushResult);
    await setFloor(`push${entries}`, replyBody);
    const floorLanes = apiLanes.map((lane) => ({
      next: () => ({ url: `${floor.url}/?key=push${entries}`, init: { method: 'POST', body: lane.next().init!.body } }),
    }));
    rows.push(...(await compare(`POST progress ${entries}/${label}`, apiLanes, floorLanes)));
  }
  return rows;
}

async function main(): Promise<void> {
  const persistTo = await mkdtemp(join(tmpdir(), 'plansync-bench-'));
  const [apiPort, floorPort] = [await freePort(), await freePort()];
  log(`starting the API (port ${apiPort}) and the floor worker (port ${floorPort}) with wrangler dev…`);
  const api = await startWorker({ port: apiPort, persistTo, vars: { KV_OPS_HEADER: 'on' }, frozen: true });
  let floor: DevProcess | undefined;
  try {
    floor = await startWranglerDev({ port: floorPort, config: join(WORKER_DIR, 'bench', 'floor.wrangler.jsonc') });
    const seed = await (
      await fetch(`${api.url}/api/plans/${SEED_PLAN_ID}`, { headers: { Authorization: `Bearer ${api.tokens.admin}` } })
    ).json<Plan>();
    const synthetic = syntheticPlan(1000, 'synthetic-1000');
    const put = await fetch(`${api.url}/api/plans/${synthetic.id}`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${api.tokens.admin}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(synthetic),
    });
    if (put.status !== 201) throw new Error(`importing the synthetic plan failed: ${put.status} ${await put.text()}`);
    const rows = [
      ...(await benchPlan('seed', seed, api, floor)),
      ...(await benchPlan('1000 targets', synthetic, api, floor)),
    ];
    printBenchRows(rows, process.argv);
  } finally {
    await floor?.stop();
    await api.stop();
    await rm(persistTo, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
