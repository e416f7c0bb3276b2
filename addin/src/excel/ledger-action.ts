// A ledger action (sync, pull, conflict choice): read both ledgers (1 sync), decide, write back (1 sync).
import { canWrite, diffRows, fieldChanges, figureCodec, reportCodec } from '@plansync/shared';
import type {
  CellIssue,
  Diff,
  FieldChange,
  FigureValue,
  ReportValue,
  FigureInput,
  FigureState,
  ReportInput,
  ReportState,
  RowUpdate,
  WriteStamp,
  Writer,
} from '@plansync/shared';
import type { Lang } from '../i18n/lang';
import { markIssues } from '../layout/issues';
import { DEFAULT_CHECK_FACTOR } from '../layout/plausibility';
import { updateLedgerRow, type LedgerRow, type LedgerSpec } from '../layout/ledger';
import { UNJUDGED, type Judged } from '../layout/lights';
import { reportLedger } from '../layout/report-ledger';
import { figureLedger } from '../layout/figure-ledger';
import { writeOps } from './write-ops';
import type { Judgement } from './judge';
import { refreshOps } from './ledger-ops';
import type { WorkbookMeta } from './meta';
import type { WriteOp } from './ops';
import { readLedgers, type LedgerRead, type Ledgers } from './read';
import { closeAgain, explainOpenFailure, queueOpen } from './protection';
import { queueSheetNames, type SheetNames } from './sheet-names';
import type { ExcelHost, XlContext } from './types';

/** What an action changes: server states for rows, and cells the server refused. */
export interface LedgerChanges {
  figures: RowUpdate<FigureState>[];
  reports: RowUpdate<ReportState>[];
  /** Cells of a batch the server refused, marked like cells that do not parse. */
  rejected?: CellIssue[];
  /** Every row's 序时进度 and 亮灯 from a fresh assessment; without it they keep what they showed. */
  judged?: Judgement['rows'];
  /** A pull: the cells whose value an update changed are marked (and listed) until the next action. */
  markChanged?: boolean;
  /**
   * More writes riding in the same sync (the 汇总 sheet), given the workbook's sheet names in their order (loaded in
   * the read sync).
   */
  more?: (sheets: readonly string[]) => WriteOp[];
}

/** Both ledgers diffed against what they last synced: the inputs to send and the cells that cannot go. */
export interface LedgerDiffs {
  figures: Diff<FigureInput>;
  reports: Diff<ReportInput>;
}

/**
 * Reads and diffs both ledgers (opening them for writing in the same sync: protection.ts, and loading the sheet names),
 * lets `decide` work out what changes (it may call the API meanwhile), then writes the changes back, with any further
 * writes `decide` asks for, and protects each sheet again once. Whatever the action, every cell the diff
 * found invalid stays marked until it is fixed. Returns the ledgers as written.
 */
export async function runLedgerAction(
  { host, me, lang }: { host: ExcelHost; me: Writer; lang: Lang },
  meta: WorkbookMeta,
  decide: (ledgers: Ledgers, diffs: LedgerDiffs) => LedgerChanges | Promise<LedgerChanges>,
): Promise<Ledgers> {
  return host.run(async (context) => {
    const sheets = [figureLedger.sheet, reportLedger.sheet];
    const opened = queueOpen(context, sheets);
    const names = queueSheetNames(context);
    const ledgers = await readLedgers(context, meta, (leadUnit) => canWrite(me, { leadUnit })).catch((error: unknown) =>
      explainOpenFailure(context, sheets, error),
    );
    try {
      return await decideAndWrite(context, ledgers, names);
    } catch (error) {
      // Whatever stops the action after its read, the sheets it opened are protected again.
      await closeAgain(context, opened.wasProtected()).catch(() => undefined);
      throw error;
    }
  });

  async function decideAndWrite(context: XlContext, ledgers: Ledgers, names: SheetNames): Promise<Ledgers> {
    const diffs: LedgerDiffs = {
      figures: diffRows(figureCodec, [...ledgers.figures.rows.values()]),
      reports: diffRows(reportCodec, [...ledgers.reports.rows.values()]),
    };
    const changes = await decide(ledgers, diffs);
    const rejected = changes.rejected ?? [];
    const issues = (kind: CellIssue['kind'], diff: Diff<unknown>) => [
      ...diff.invalid,
      ...rejected.filter((x) => x.kind === kind),
    ];
    const factor = meta.checkFactor ?? DEFAULT_CHECK_FACTOR;
    const { judged, markChanged = false } = changes;
    const lightRules = meta.lightRules ?? false;
    const figures = rewriteLedger(figureLedger, ledgers.figures, changes.figures, issues('figure', diffs.figures), {
      lang,
      factor,
      judged: judged?.figures,
      markChanged,
      lightRules,
    });
    const reports = rewriteLedger(reportLedger, ledgers.reports, changes.reports, issues('report', diffs.reports), {
      lang,
      factor,
      judged: judged?.reports,
      markChanged,
      lightRules,
    });
    const more = changes.more?.(await names.read()) ?? [];
    await writeOps(context, [...figures.ops, ...reports.ops, ...more], { areas: host.supports('1.9') });
    return { figures: figures.read, reports: reports.read };
  }
}

interface RewriteOptions {
  lang: Lang;
  factor: number;
  judged: ReadonlyMap<string, Judged> | undefined;
  markChanged: boolean;
  /** The 亮灯 column has conditional formats (WorkbookMeta.lightRules): no fills to write. */
  lightRules: boolean;
}

/** The fields of a row that differ between two values, as text (figures and reports alike). */
function changedFields<V, S extends WriteStamp, I>(
  spec: LedgerSpec<V, S, I>,
  old: V | null,
  now: V | null,
  lang: Lang,
): FieldChange[] {
  return spec.codec.kind === 'figure'
    ? fieldChanges({ kind: 'figure', old: old as FigureValue | null, new: now as FigureValue | null }, lang)
    : fieldChanges({ kind: 'report', old: old as ReportValue | null, new: now as ReportValue | null }, lang);
}

function rewriteLedger<V, S extends WriteStamp, I>(
  spec: LedgerSpec<V, S, I>,
  read: LedgerRead<V, S>,
  updates: readonly RowUpdate<S>[],
  issues: readonly CellIssue[],
  { lang, factor, judged, markChanged, lightRules }: RewriteOptions,
) {
  const byKey = new Map([...read.rows].map(([index, row]) => [row.key, index]));
  const rows = new Map<number, LedgerRow<V, S>>(
    [...read.rows].map(([i, row]) => [
      i,
      { ...row, issue: null, ...(judged ? { judged: judged.get(row.key) ?? UNJUDGED } : {}) },
    ]),
  );
  const inputRows = new Set<number>();
  for (const update of updates) {
    const index = byKey.get(update.key);
    if (index === undefined) continue;
    const before = rows.get(index)!;
    const after = updateLedgerRow(spec, before, update, lang, factor);
    const changed =
      markChanged && update.action === 'update' ? changedFields(spec, before.synced, after.synced, lang) : [];
    rows.set(index, changed.length ? { ...after, changed } : after);
    if (update.action === 'update') inputRows.add(index);
  }
  markIssues(rows, issues, lang, inputRows);
  // The read opened the sheet (protection.ts); it is protected again whether or not anything changed.
  const ops: WriteOp[] = [
    ...refreshOps(spec, rows, inputRows, lang, lightRules),
    { kind: 'protect', sheet: spec.sheet },
  ];
  return { ops, read: { rows } };
}
