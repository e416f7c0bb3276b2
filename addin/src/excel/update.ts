// The shape shared by sync, pull and conflict choice: read both ledgers (1 sync), decide, write back (1 sync).
import { describeProblem, diffRows, figureCodec, reportCodec } from '@plansync/shared';
import type { CellIssue, FigureState, ReportState, RowUpdate, WriteStamp } from '@plansync/shared';
import type { Lang } from '../i18n/lang';
import { applyUpdate, type LedgerRow, type LedgerSpec } from '../layout/ledger';
import { progressSpec } from '../layout/progress';
import { targetsSpec } from '../layout/targets';
import { writeOps } from './apply';
import { refreshOps } from './ledgerOps';
import type { WorkbookMeta } from './meta';
import type { WriteOp } from './ops';
import { readLedgers, type LedgerRead, type Ledgers } from './read';
import type { XlContext } from './types';

export interface Changes<S> {
  updates: RowUpdate<S>[];
  issues: CellIssue[];
}

export interface LedgerChanges {
  figures: Changes<FigureState>;
  reports: Changes<ReportState>;
}

/** The cells that could not be sent as they stand, so every action keeps them marked until they are fixed. */
export function localIssues({ figures, reports }: Ledgers): { figures: CellIssue[]; reports: CellIssue[] } {
  return { figures: diffRows(figureCodec, [...figures.rows.values()]).invalid, reports: diffRows(reportCodec, [...reports.rows.values()]).invalid };
}

/**
 * Reads both ledgers, lets `decide` work out what changes (it may call the API meanwhile), then writes the
 * changes back with each sheet unprotected and protected again once. Returns the ledgers as written.
 */
export async function updateLedgers(
  context: XlContext,
  meta: WorkbookMeta,
  writable: (leadUnit: string) => boolean,
  lang: Lang,
  decide: (ledgers: Ledgers) => Promise<LedgerChanges>,
): Promise<Ledgers> {
  const ledgers = await readLedgers(context, meta, writable);
  const changes = await decide(ledgers);
  const figures = apply(targetsSpec, ledgers.figures, changes.figures, lang);
  const reports = apply(progressSpec, ledgers.reports, changes.reports, lang);
  await writeOps(context, [...figures.ops, ...reports.ops]);
  return { figures: figures.read, reports: reports.read };
}

function apply<V, S extends WriteStamp, I>(spec: LedgerSpec<V, S, I>, read: LedgerRead<V, S>, changes: Changes<S>, lang: Lang) {
  const byKey = new Map([...read.rows].map(([index, row]) => [row.key, index]));
  const rows = new Map<number, LedgerRow<V, S>>([...read.rows].map(([i, row]) => [i, { ...row, issue: null }]));
  const inputRows = new Set<number>();
  for (const update of changes.updates) {
    const index = byKey.get(update.key);
    if (index === undefined) continue;
    rows.set(index, applyUpdate(spec, rows.get(index)!, update));
    if (update.action === 'update') inputRows.add(index);
  }
  for (const issue of changes.issues) {
    const index = byKey.get(issue.key);
    const row = index === undefined ? undefined : rows.get(index);
    if (!row || index === undefined) continue;
    const message = describeProblem(issue.problem, lang);
    rows.set(index, {
      ...row,
      issue: { fields: [...(row.issue?.fields ?? []), issue.field], message: row.issue ? `${row.issue.message}；${message}` : message },
    });
  }
  const refresh = refreshOps(spec, rows, inputRows, lang);
  const ops: WriteOp[] = refresh.length
    ? [...(read.protected ? [{ kind: 'unprotect' as const, sheet: spec.sheet }] : []), ...refresh, { kind: 'protect', sheet: spec.sheet }]
    : [];
  return { ops, read: { rows, protected: true } };
}
