// `npx tsx addin/scripts/bench-import.ts [--json]`: 导入计划's Excel cost (issue 13) on the seed and on a 1,000-task
// plan (4,000 targets): writing 计划草稿, and 发布's read of it (one sync) with the draft check, then the whole 发布
// (read, check, dry run and publish against the in-memory API). Syncs and bytes are the fake's counts of what the
// add-in queued (request) and loaded (response); CPU is this process's time, the fake's own taken out.
// `realRequestBytes` is the largest request body Microsoft's Excel client builds for the same draft write and read
// (`realClientHost`: object paths and actions included), with no warning and with a warning on every task.
import { printBenchRows, readDraft, syntheticPlan, type BenchRow, type Plan, type PlanWarning } from '@plansync/shared';
import { memoryApi } from '../src/api/memory-api';
import { FakeWorkbook, fakeHost, type FakeHost } from '../src/excel-fake';
import { realClientHost } from '../src/excel-fake/office-js/real-client-host';
import { readDraftGrid, writeDraft } from '../src/excel/draft-sheet';
import { createImportActions } from '../src/import/import-actions';
import { ADMIN, seedPlan } from '../src/test/workbook-fixtures';

const cpuClock = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

async function measure(host: FakeHost, name: string, action: () => Promise<unknown>): Promise<BenchRow[]> {
  host.resetStats();
  const start = cpuClock();
  await action();
  const cpuMs = Math.max(0, cpuClock() - start - host.stats.fakeMs);
  const { syncs, requestBytes, responseBytes } = host.stats;
  const row = (metric: string, value: number, unit: string): BenchRow => ({
    part: 'addin',
    case: name,
    metric,
    value,
    unit,
  });
  return [
    row('syncs', syncs, 'syncs'),
    row(
      'requestBytes',
      requestBytes.reduce((a, b) => a + b, 0),
      'bytes',
    ),
    row('maxRequestBytes', Math.max(0, ...requestBytes), 'bytes'),
    row('maxResponseBytes', Math.max(0, ...responseBytes), 'bytes'),
    row('cpuMs', Number(cpuMs.toFixed(1)), 'ms'),
  ];
}

async function benchPlan(name: string, plan: Plan): Promise<BenchRow[]> {
  const book = new FakeWorkbook();
  book.addSheet('Sheet1');
  const host = fakeHost(book, '1.8', cpuClock);
  const api = memoryApi(plan, ADMIN);
  const steps = createImportActions(host, () => api);
  return [
    ...(await measure(host, `draft-write/${name}`, () => writeDraft(host, plan, []))),
    ...(await measure(host, `publish-read/${name}`, async () => {
      const { plan: read } = readDraft(await readDraftGrid(host));
      if (!read) throw new Error('the draft of a valid plan must read back');
    })),
    ...(await measure(host, `publish/${name}`, async () => {
      const step = await steps.publish();
      if (step.kind !== 'confirm') throw new Error(`expected the re-import to ask for confirmation, got ${step.kind}`);
    })),
  ];
}

/** Real request bytes and requests of the draft write and 发布's read; bytes never vary, so one run. */
async function realRows(name: string, plan: Plan, warned: boolean): Promise<BenchRow[]> {
  const book = new FakeWorkbook();
  book.addSheet('Sheet1');
  const host = realClientHost(book);
  const warnings: PlanWarning[] = warned
    ? plan.tasks.map((t) => ({ task: t.number, kind: 'no_units', quote: '', message: { zh: '请核对', en: 'Check' } }))
    : [];
  const measure = async (action: string, work: () => Promise<unknown>): Promise<BenchRow[]> => {
    host.resetStats();
    await work();
    const at = `${action}/${name}${warned ? '/every-task-warned' : ''}`;
    return [
      {
        part: 'addin',
        case: at,
        metric: 'realRequestBytes',
        value: Math.max(...host.stats.requestBytes),
        unit: 'bytes',
      },
      { part: 'addin', case: at, metric: 'realSyncs', value: host.stats.syncs, unit: 'syncs' },
    ];
  };
  return [
    ...(await measure('draft-write', () => writeDraft(host, plan, warnings))),
    ...(await measure('publish-read', () => readDraftGrid(host))),
  ];
}

const RUNS = 3;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const cases: [string, Plan][] = [
  ['seed', seedPlan()],
  ['1000tasks', syntheticPlan(4000)],
];
await benchPlan('warm-up', cases[0]![1]);
const rows: BenchRow[] = [];
for (const [name, plan] of cases) {
  const runs: BenchRow[][] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await benchPlan(name, plan));
  rows.push(...runs[0]!.map((row, j) => ({ ...row, value: median(runs.map((r) => r[j]!.value)) })));
}
for (const [name, plan] of cases)
  rows.push(...(await realRows(name, plan, false)), ...(await realRows(name, plan, true)));
printBenchRows(rows, process.argv);
