// `npx tsx addin/scripts/bench-typing.ts [--json]`: what marking as staff type costs (issue 14). A 500-cell paste
// of 完成值 into a 10,000-target plan (one bad cell among them): the context.syncs it costs through the whole event
// path (Excel's onChanged → the watcher's coalesced run), the largest request as the fake counts it (JSON of the
// calls), and the real request body Microsoft's Excel client builds for the same run (`excel-web-16.00.js`).
import { printBenchRows, syntheticPlan, type BenchRow } from '@plansync/shared';
import { memoryApi } from '../src/api/memory-api';
import { FakeWorkbook, fakeHost } from '../src/excel-fake';
import { realClientHost } from '../src/excel-fake/office-js/real-client-host';
import { watchLedgers } from '../src/excel/events';
import { insertPlan } from '../src/excel/insert';
import { markTouched } from '../src/excel/marks';
import { rangeAddress } from '../src/layout/address';
import { indexOf } from '../src/layout/columns';
import { figureLedger } from '../src/layout/figure-ledger';
import { ADMIN } from '../src/test/workbook-fixtures';

const PASTED = 500;
const plan = syntheticPlan(10_000);
const grid = Array.from({ length: PASTED }, (_, i) => [i === 7 ? '约30' : String(i % 97)]);
const at = rangeAddress(1, indexOf(figureLedger.columns, 'value'));

async function inserted(host: ReturnType<typeof fakeHost>) {
  const api = memoryApi(plan, ADMIN);
  await insertPlan({ host, me: ADMIN, lang: 'zh' }, plan, await api.progress(plan.id));
}

/** Through the fake and the watcher: the paste raises one event; the run reads and writes once each. */
async function viaEvents(): Promise<BenchRow[]> {
  const book = new FakeWorkbook();
  book.addSheet('Sheet1');
  const host = fakeHost(book);
  await inserted(host);
  const watch = await watchLedgers(
    { host, me: ADMIN, lang: 'zh' },
    {
      waiting: () => undefined,
      selected: () => undefined,
      failed: (e) => {
        throw e;
      },
    },
  );
  host.resetStats();
  const started = performance.now();
  book.paste('指标', at, grid);
  await book.events.settled();
  await watch!.settled();
  const ms = performance.now() - started;
  const c = `paste${PASTED}/10000`;
  return [
    { part: 'addin', case: c, metric: 'syncs', value: host.stats.syncs, unit: 'syncs' },
    { part: 'addin', case: c, metric: 'maxRequestBytes', value: Math.max(...host.stats.requestBytes), unit: 'bytes' },
    { part: 'addin', case: c, metric: 'maxResponseBytes', value: Math.max(...host.stats.responseBytes), unit: 'bytes' },
    { part: 'addin', case: c, metric: 'wallMs', value: Number(ms.toFixed(1)), unit: 'ms' },
  ];
}

/** The same run through Microsoft's own client: the bytes Excel on the web would receive. */
async function viaRealClient(): Promise<BenchRow[]> {
  const book = new FakeWorkbook();
  book.addSheet('Sheet1');
  await inserted(fakeHost(book));
  book.paste('指标', at, grid);
  const host = realClientHost(book);
  host.resetStats();
  await markTouched({ host, me: ADMIN, lang: 'zh' }, [{ spec: figureLedger, span: { first: 0, last: PASTED - 1 } }]);
  const c = `paste${PASTED}/10000`;
  return [
    { part: 'addin', case: c, metric: 'realSyncs', value: host.stats.syncs, unit: 'syncs' },
    { part: 'addin', case: c, metric: 'realRequestBytes', value: Math.max(...host.stats.requestBytes), unit: 'bytes' },
  ];
}

printBenchRows([...(await viaEvents()), ...(await viaRealClient())], process.argv);
