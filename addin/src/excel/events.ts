// Watches the ledgers while staff type (ExcelApi 1.7 onChanged / onSelectionChanged): marks changed rows at once,
// counts what waits to be sent, explains locked cells and names the figure or report selected (for its history).
// Where 1.7 is missing nothing is watched (marks then come with the next action, as before).
//
// Changes are coalesced: whatever arrives while a run is queued or running joins the next run, which reads the
// touched rows once and writes their marks once. All Excel work of the watcher and of the pane's actions goes
// through one queue, so a mark never lands between an action's read and its write; the add-in's own writes are
// told apart (echo.ts) and never trigger a run.
import { canWrite, type Writer } from '@plansync/shared';
import type { Lang } from '../i18n/lang';
import { indexesOf } from '../layout/columns';
import type { Column } from '../layout/columns';
import { reportLedger } from '../layout/report-ledger';
import { figureLedger } from '../layout/figure-ledger';
import { OwnWrites } from './echo';
import { inspectCell, type LockedCell, type SelectedSubject } from './explain';
import { countRows, markTouched, type AnySpec, type RowSpan, type Statuses } from './marks';
import { readMeta, type WorkbookMeta } from './meta';
import { readLedgers } from './read';
import type { ExcelHost, XlChangedEventArgs } from './types';

/** Rows waiting: `pending` to be sent, `invalid` to be fixed first. */
export interface WaitingCount {
  pending: number;
  invalid: number;
}

export interface WatchListener {
  waiting(count: WaitingCount): void;
  /** A locked input cell was selected (null: the selection is not one). */
  selected(cell: LockedCell | null): void;
  /** The figure or report whose input cell was selected, for its history (null: the selection is not one). */
  subject?(subject: SelectedSubject | null): void;
  /** A run failed (the sheets were removed, Excel refused): the pane shows it; the next change tries again. */
  failed(error: unknown): void;
}

export interface LedgerWatch {
  /** Runs an action's Excel work in turn with the watcher's, on a host whose writes are known as the add-in's own. */
  exclusive<T>(work: (host: ExcelHost) => Promise<T>): Promise<T>;
  /** Recounts every row (1 context.sync), e.g. after an action. */
  reload(): Promise<void>;
  /** Resolves once every queued run has finished. */
  settled(): Promise<void>;
  /** Ignores further events (handlers go with the pane; removing them needs their own request context). */
  stop(): void;
}

const SPECS = [figureLedger, reportLedger] as readonly AnySpec[];

/**
 * Registers the handlers on 指标 and 进展 (1 context.sync) and counts the rows (1 more). Null where ExcelApi 1.7
 * is missing or the workbook holds no plan yet (call again after an insert).
 */
export async function watchLedgers(
  deps: { host: ExcelHost; me: Writer; lang: Lang },
  listener: WatchListener,
  own = new OwnWrites(),
): Promise<LedgerWatch | null> {
  if (!deps.host.supports('1.7') || !readMeta(deps.host.settings)) return null;
  const host = own.wrap(deps.host);
  const touched = new Map<AnySpec, RowSpan>();
  const statuses: Statuses = new Map();
  let queue: Promise<unknown> = Promise.resolve();
  let markQueued = false;
  let selection: { spec: AnySpec; address: string } | null = null;
  let stopped = false;

  const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work);
    queue = run.catch((error: unknown) => listener.failed(error));
    return run;
  };
  const publish = (update: Statuses) => {
    for (const [key, status] of update) statuses.set(key, status);
    const values = [...statuses.values()];
    listener.waiting({
      pending: values.filter((s) => s === 'pending').length,
      invalid: values.filter((s) => s === 'invalid').length,
    });
  };

  const onChanged = (spec: AnySpec, event: XlChangedEventArgs) => {
    if (stopped || event.source === 'Remote' || own.isEcho(spec.sheet, event.address, event.triggerSource)) return;
    const meta = readMeta(host.settings);
    const span = meta && changedRows(spec.columns, event.address, rowCount(spec, meta));
    if (!span) return;
    const prev = touched.get(spec);
    touched.set(spec, prev ? { first: Math.min(prev.first, span.first), last: Math.max(prev.last, span.last) } : span);
    if (markQueued) return;
    markQueued = true;
    void inTurn(async () => {
      // Events Excel has already queued (one per typed cell) join this run rather than each making its own.
      await new Promise((resolve) => setTimeout(resolve, 0));
      markQueued = false;
      const batch = [...touched].map(([s, r]) => ({ spec: s, span: r }));
      touched.clear();
      publish(await markTouched({ ...deps, host }, batch));
    }).catch(() => undefined);
  };

  const onSelected = (spec: AnySpec, address: string) => {
    if (stopped) return;
    const queued = selection !== null;
    selection = { spec, address };
    if (queued) return;
    void inTurn(async () => {
      const { spec: s, address: a } = selection!;
      selection = null;
      const cell = await inspectCell({ ...deps, host }, s, a);
      listener.selected(cell?.locked ?? null);
      listener.subject?.(cell?.subject ?? null);
    }).catch(() => undefined);
  };

  const reload = () =>
    inTurn(async () => {
      const meta = readMeta(host.settings);
      if (!meta) return;
      const ledgers = await host.run((context) =>
        readLedgers(context, meta, (leadUnit) => canWrite(deps.me, { leadUnit })),
      );
      statuses.clear();
      const counted = new Map([
        ...countRows(figureLedger, ledgers.figures.rows, deps.lang),
        ...countRows(reportLedger, ledgers.reports.rows, deps.lang),
      ]);
      publish(counted);
    });

  await host.run(async (context) => {
    for (const spec of SPECS) {
      const sheet = context.workbook.worksheets.getItem(spec.sheet);
      sheet.onChanged.add(async (event) => onChanged(spec, event));
      sheet.onSelectionChanged.add(async (event) => onSelected(spec, event.address));
    }
    await context.sync();
  });
  await reload();
  return {
    exclusive: (work) => inTurn(() => work(host)),
    reload,
    settled: async () => {
      for (let seen: unknown; seen !== queue;) await (seen = queue);
    },
    stop: () => void (stopped = true),
  };
}

const rowCount = (spec: AnySpec, meta: WorkbookMeta) =>
  spec.sheet === figureLedger.sheet ? meta.targetRows : meta.taskRows;

/**
 * The data rows of a change that touches an input column, or null. Excel gives `H5`, `H2:H501`, whole columns
 * (`H:H`), whole rows (`3:7`) or several areas separated by commas.
 */
export function changedRows(columns: readonly Column[], address: string, rows: number): RowSpan | null {
  const inputs = indexesOf(columns, 'input');
  let span: RowSpan | null = null;
  for (const area of address.split(',')) {
    const b = areaBounds(area.trim().split('!').pop()!);
    if (!b || !inputs.some((c) => c >= b.col && c <= b.lastCol)) continue;
    const first = Math.max(0, b.row - 1);
    const last = Math.min(rows - 1, b.lastRow - 1);
    if (first > last) continue;
    span = span ? { first: Math.min(span.first, first), last: Math.max(span.last, last) } : { first, last };
  }
  return span;
}

const MAX_ROW = 1048575;
const MAX_COL = 16383;

function areaBounds(area: string) {
  const m = /^\$?([A-Z]*)\$?(\d*)(?::\$?([A-Z]*)\$?(\d*))?$/.exec(area);
  if (!m || (!m[1] && !m[2])) return null;
  const col = (letters: string | undefined, fallback: number) =>
    letters ? [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1 : fallback;
  const row = (digits: string | undefined, fallback: number) => (digits ? Number(digits) - 1 : fallback);
  const end = m[3] !== undefined || m[4] !== undefined;
  return {
    row: row(m[2], 0),
    col: col(m[1], 0),
    lastRow: end ? row(m[4], MAX_ROW) : row(m[2], MAX_ROW),
    lastCol: end ? col(m[3], MAX_COL) : col(m[1], MAX_COL),
  };
}
