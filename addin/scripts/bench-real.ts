// Real request bytes: every action of the add-in run through Microsoft's Excel client (`excel-web-16.00.js` in
// jsdom) for an admin and an editor, on the seed and on plans of 1,000 and 10,000 targets. `realRequestBytes` is the
// largest request body the real client built (Excel on the web refuses over 5 MB); `realSyncs` counts its requests.
// pull writes the 汇总 sheet (new); repull rewrites it (the old one deleted first).
import { syntheticPlan, type BenchRow, type Plan, type Writer } from '@plansync/shared';
import { memoryApi } from '../src/api/memory-api';
import { FakeWorkbook } from '../src/excel-fake';
import { realClientHost } from '../src/excel-fake/office-js/real-client-host';
import { insertPlan } from '../src/excel/insert';
import { pullProgress } from '../src/excel/pull';
import { syncProgress } from '../src/excel/sync';
import { rangeAddress } from '../src/layout/address';
import { indexOf } from '../src/layout/columns';
import { figureLedger } from '../src/layout/figure-ledger';
import { ADMIN, editorOf, seedPlan } from '../src/test/workbook-fixtures';

const OTHER: Writer = { role: 'editor', unit: '市人社局', tokenId: 'bench-other' };

/** The unit that leads the most tasks: the largest editor's workbook. */
function busiestUnit(plan: Plan): string {
  const counts = new Map<string, number>();
  for (const t of plan.tasks) counts.set(t.leadUnit, (counts.get(t.leadUnit) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

async function benchRole(name: string, plan: Plan, role: 'admin' | 'editor'): Promise<BenchRow[]> {
  const me = role === 'admin' ? ADMIN : editorOf(busiestUnit(plan));
  const book = new FakeWorkbook();
  book.addSheet('Sheet1');
  const host = realClientHost(book);
  const server = memoryApi(plan, me);
  const deps = { host, api: server, me, lang: 'zh' as const };
  const measure = async (action: () => Promise<unknown>) => {
    host.resetStats();
    await action();
    return { syncs: host.stats.syncs, bytes: Math.max(...host.stats.requestBytes) };
  };
  const insert = await measure(async () => insertPlan(deps, plan, await server.progress(plan.id)));
  // Every target the token may write gets a typed figure, then sync.
  const valueCol = indexOf(figureLedger.columns, 'value');
  const targets = plan.tasks.flatMap((t) => t.targets.map((target) => ({ target, lead: t.leadUnit })));
  book.sheet('指标')!.protected = false;
  targets.forEach(({ lead }, i) => {
    if (role === 'admin' || lead === me.unit) book.type('指标', rangeAddress(i + 1, valueCol), String(i % 97));
  });
  book.sheet('指标')!.protected = true;
  const sync = await measure(() => syncProgress(deps));
  targets.forEach(({ target }, i) => server.writeAs(OTHER, target.id, (i % 97) + 1));
  const pull = await measure(() => pullProgress(deps));
  const repull = await measure(() => pullProgress(deps));
  const reinsert = await measure(async () => insertPlan(deps, plan, await server.progress(plan.id)));
  return Object.entries({ insert, sync, pull, repull, reinsert }).flatMap(([action, m]) => [
    { part: 'addin', case: `${action}/${name}/${role}`, metric: 'realRequestBytes', value: m.bytes, unit: 'bytes' },
    { part: 'addin', case: `${action}/${name}/${role}`, metric: 'realSyncs', value: m.syncs, unit: 'syncs' },
  ]);
}

/** Bytes never vary between runs, so each case runs once. */
export async function realRequestRows(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const [name, plan] of [
    ['seed', seedPlan()],
    ['1000', syntheticPlan(1000)],
    ['10000', syntheticPlan(10000)],
  ] as const) {
    for (const role of ['admin', 'editor'] as const) rows.push(...(await benchRole(name, plan, role)));
  }
  return rows;
}
