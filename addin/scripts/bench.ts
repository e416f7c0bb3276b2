// `npm run bench -w @plansync/addin [-- --json]`: context.sync() count, largest request/response payload and the
// add-in's own CPU time for insert, sync and pull (with the 汇总 sheet; repull: over the 汇总 a pull wrote), on the
// seed plan and synthetic plans of 1,000 and 10,000 targets; then the real request bytes of every action for an admin and an editor (`bench-real.ts`).
// The fake's time and the in-memory server's time are subtracted, so cpuMs is the add-in's own work. floorRatio
// compares it, in the same run, with the floor: serializing the very requests it sent (what any add-in writing
// the same cells must at least pay).
import { printBenchRows, syntheticPlan, type BenchRow, type Plan, type Writer } from '@plansync/shared';
import { memoryApi, type MemoryApi } from '../src/api/memory-api';
import { FakeWorkbook, WEB_API_VERSION, fakeHost, type FakeHost } from '../src/excel-fake';
import { insertPlan } from '../src/excel/insert';
import { pullProgress } from '../src/excel/pull';
import { syncProgress } from '../src/excel/sync';
import { figureLedger } from '../src/layout/figure-ledger';
import { rangeAddress } from '../src/layout/address';
import { indexOf } from '../src/layout/columns';
import { ADMIN, seedPlan } from '../src/test/workbook-fixtures';
import { realRequestRows } from './bench-real';

const OTHER: Writer = { role: 'editor', unit: '市人社局', tokenId: 'bench-other' };

/** CPU milliseconds of this process: unlike wall time, not inflated when other processes take the cores. */
const cpuClock = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Wraps the API so the time spent "on the server" can be taken out of the add-in's CPU time. */
function timed(api: MemoryApi) {
  const clock = { ms: 0 };
  const wrap =
    <A extends unknown[], R>(f: (...a: A) => Promise<R>) =>
    async (...a: A) => {
      const t = cpuClock();
      try {
        return await f(...a);
      } finally {
        clock.ms += cpuClock() - t;
      }
    };
  return {
    clock,
    api: {
      ...api,
      push: wrap(api.push),
      progress: wrap(api.progress),
      plan: wrap(api.plan),
      assessment: wrap(api.assessment),
    },
  };
}

async function measure(host: FakeHost, clock: { ms: number }, action: () => Promise<unknown>) {
  host.resetStats();
  clock.ms = 0;
  const start = cpuClock();
  await action();
  const cpuMs = cpuClock() - start - host.stats.fakeMs - clock.ms;
  const payload = Math.max(...host.stats.requestBytes, ...host.stats.responseBytes);
  return {
    syncs: host.stats.syncs,
    maxPayloadBytes: payload,
    cpuMs: Math.max(0, cpuMs),
    floorMs: host.stats.serializeMs,
  };
}

async function benchPlan(name: string, plan: Plan): Promise<BenchRow[]> {
  const book = new FakeWorkbook();
  const host = fakeHost(book, WEB_API_VERSION, cpuClock);
  const server = memoryApi(plan, ADMIN);
  const { api, clock } = timed(server);
  const deps = { host, api, me: ADMIN, lang: 'zh' as const };
  const insert = await measure(host, clock, async () => insertPlan(deps, plan, await api.progress(plan.id)));
  // Every target gets a typed figure (the largest sync a unit could make), then sync.
  const targets = plan.tasks.flatMap((t) => t.targets);
  const valueCol = indexOf(figureLedger.columns, 'value');
  book.sheet('指标')!.protected = false;
  targets.forEach((_, i) => book.type('指标', rangeAddress(i + 1, valueCol), String(i % 97)));
  book.sheet('指标')!.protected = true;
  const sync = await measure(host, clock, () => syncProgress(deps));
  // Another unit updates every figure; pull brings them all in.
  targets.forEach((t, i) => server.writeAs(OTHER, t.id, (i % 97) + 1));
  const pull = await measure(host, clock, () => pullProgress(deps));
  // Pulling again: the 汇总 sheet the first pull wrote is deleted and written anew in the same write sync.
  const repull = await measure(host, clock, () => pullProgress(deps));
  // Inserting again over the filled sheets: reads them to carry every edit over.
  const reinsert = await measure(host, clock, async () => insertPlan(deps, plan, await api.progress(plan.id)));
  const rows: BenchRow[] = [];
  for (const [action, m] of [
    ['insert', insert],
    ['sync', sync],
    ['pull', pull],
    ['repull', repull],
    ['reinsert', reinsert],
  ] as const) {
    rows.push(
      { part: 'addin', case: `${action}/${name}`, metric: 'syncs', value: m.syncs, unit: 'syncs' },
      { part: 'addin', case: `${action}/${name}`, metric: 'maxPayloadBytes', value: m.maxPayloadBytes, unit: 'bytes' },
      { part: 'addin', case: `${action}/${name}`, metric: 'cpuMs', value: Number(m.cpuMs.toFixed(1)), unit: 'ms' },
      {
        part: 'addin',
        case: `${action}/${name}`,
        metric: 'floorRatio',
        value: Number((m.cpuMs / m.floorMs).toFixed(2)),
        unit: 'x',
      },
    );
  }
  return rows;
}

/** Each case runs RUNS times; syncs and bytes never vary, CPU figures are the median of the runs. */
const RUNS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const cases: [string, Plan][] = [
  ['seed', seedPlan()],
  ['1000', syntheticPlan(1000)],
  ['10000', syntheticPlan(10000)],
];
await benchPlan('warm-up', cases[1]![1]); // let the JIT settle so the first measured case is not penalised
const rows: BenchRow[] = [];
for (const [name, plan] of cases) {
  const runs: BenchRow[][] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await benchPlan(name, plan));
  rows.push(...runs[0]!.map((row, j) => ({ ...row, value: median(runs.map((r) => r[j]!.value)) })));
}
rows.push(...(await realRequestRows()));
printBenchRows(rows, process.argv);
