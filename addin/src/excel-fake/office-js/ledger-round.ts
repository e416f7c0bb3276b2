// One round of the ledger actions through Microsoft's real Excel client, as the benchmark and the real-client lane
// measure them: insert; a typed figure in every row the token may write, then sync; another unit changes every
// figure, then pull (writing the 汇总 sheet anew) and pull again (rewriting it); insert again over the filled sheets.
import type { Plan, Writer } from '@plansync/shared';
import { memoryApi } from '../../api/memory-api';
import { insertPlan } from '../../excel/insert';
import { pullProgress } from '../../excel/pull';
import { syncProgress } from '../../excel/sync';
import { rangeAddress } from '../../layout/address';
import { indexOf } from '../../layout/columns';
import { figureLedger } from '../../layout/figure-ledger';
import { ADMIN, editorOf } from '../../test/workbook-fixtures';
import { FakeWorkbook } from '../workbook';
import { realClientHost } from './real-client-host';

const OTHER: Writer = { role: 'editor', unit: '市人社局', tokenId: 'bench-other' };

export type RoundAction = 'insert' | 'sync' | 'pull' | 'repull' | 'reinsert';

/** What one action cost: requests (syncs) and the largest real request body in bytes. */
interface ActionCost {
  syncs: number;
  bytes: number;
}

/** The unit that leads the most tasks: the largest editor's workbook, its rows alternating with other units'. */
function busiestUnit(plan: Plan): string {
  const counts = new Map<string, number>();
  for (const t of plan.tasks) counts.set(t.leadUnit, (counts.get(t.leadUnit) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

/** Runs the round for an admin or the busiest unit's editor; returns each action's cost and the workbook. */
export async function ledgerRound(plan: Plan, role: 'admin' | 'editor') {
  const me = role === 'admin' ? ADMIN : editorOf(busiestUnit(plan));
  const book = new FakeWorkbook();
  book.addSheet('Sheet1');
  const host = realClientHost(book);
  const server = memoryApi(plan, me);
  const deps = { host, api: server, me, lang: 'zh' as const };
  const costs = {} as Record<RoundAction, ActionCost>;
  const measure = async (action: RoundAction, run: () => Promise<unknown>) => {
    host.resetStats();
    await run();
    costs[action] = { syncs: host.stats.syncs, bytes: Math.max(...host.stats.requestBytes) };
  };
  await measure('insert', async () => insertPlan(deps, plan, await server.progress(plan.id)));
  const valueCol = indexOf(figureLedger.columns, 'value');
  const targets = plan.tasks.flatMap((t) => t.targets.map((target) => ({ target, lead: t.leadUnit })));
  book.sheet('指标')!.protected = false;
  targets.forEach(({ lead }, i) => {
    if (role === 'admin' || lead === me.unit) book.type('指标', rangeAddress(i + 1, valueCol), String(i % 97));
  });
  book.sheet('指标')!.protected = true;
  await measure('sync', () => syncProgress(deps));
  targets.forEach(({ target }, i) => server.writeAs(OTHER, target.id, (i % 97) + 1));
  await measure('pull', () => pullProgress(deps));
  await measure('repull', () => pullProgress(deps));
  await measure('reinsert', async () => insertPlan(deps, plan, await server.progress(plan.id)));
  return { costs, book, server };
}
