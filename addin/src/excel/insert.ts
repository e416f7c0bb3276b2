// 插入计划: writes 计划, 指标 and 进展 (and 汇总) for a plan in 2 context.syncs (plus one per extra 4.5 MB of writes;
// one more when our sheets exist but the workbook lost its record of them, two when one was deleted), updating in
// place: every unsynced edit, version and conflict already in the sheets is carried over.
import {
  canWrite,
  figureCodec,
  isEdited,
  reportCodec,
  type FigureState,
  type FigureValue,
  type Assessment,
  type Plan,
  type PlanProgress,
  type ReportState,
  type ReportValue,
} from '@plansync/shared';
import { WorkbookStateError } from '../api/errors';
import { buildLedger } from '../layout/build';
import type { LedgerRow } from '../layout/ledger';
import { PLAN_SHEET } from '../layout/plan-sheet';
import { PROGRESS_SHEET, reportLedger } from '../layout/report-ledger';
import { TARGETS_SHEET, TARGETS_TABLE, figureLedger } from '../layout/figure-ledger';
import { backupOps, restoreSheets, type RewriteScope } from './backup';
import { SHEETS, readAtOnce, readTheLongWay, type Present } from './insert-read';
import { writeOps } from './write-ops';
import { degradedFeatures } from './requirements';
import { foreignSheet } from './own-sheets';
import { closeAgain } from './protection';
import { fullLedgerOps } from './ledger-ops';
import { readMeta, saveMeta, type WorkbookMeta } from './meta';
import type { WriteOp } from './ops';
import { planSheetOps } from './plan-ops';
import { rollUpWrite } from './roll-up';
import { summarizeLedgers, type ActionSummary } from './summary';
import type { ActionDeps } from './sync';

export async function insertPlan(
  { host, me, lang }: Omit<ActionDeps, 'api'>,
  plan: Plan,
  progress: PlanProgress,
  /** The plan judged today: with it the 汇总 sheet is written too (in the same write). */
  assessment?: Assessment,
): Promise<ActionSummary> {
  const old = readMeta(host.settings);
  const rollUp = assessment && rollUpWrite(assessment, me, lang, old?.rollUpSheet === true);
  const writable = (lead: string) => canWrite(me, { leadUnit: lead });
  const validation = host.supports('1.8');
  const areas = host.supports('1.9');
  const lightRules = host.supports('1.6');
  const result = await host.run(async (context) => {
    const { present, opened, read, headers } =
      (old && (await readAtOnce(context, old, writable))) ?? (await readTheLongWay(context, old, writable));
    const names = SHEETS.filter((s) => present.sheets.has(s));
    const foreign = foreignSheet(headers);
    if (foreign !== null) {
      await closeAgain(context, opened.wasProtected());
      throw new WorkbookStateError('user_sheet', `sheet ${foreign} was not written by the add-in`, foreign);
    }
    const existing = samePlan(read, old, plan);
    const figures = buildLedger(
      figureLedger,
      plan,
      existing.figures,
      progress.figures,
      writable,
      lang,
      old?.checkFactor,
    );
    const reports = buildLedger(reportLedger, plan, existing.reports, progress.reports, writable, lang);
    const scope: RewriteScope = {
      existing: names,
      added: SHEETS.filter((s) => !present.sheets.has(s)),
      tableRows: present.table ? (old?.targetRows ?? null) : null,
    };
    const backups = backupOps(scope);
    const ops: WriteOp[] = [
      // The old table goes first (Excel refuses it on a protected sheet; sync 2 unprotected the sheets), before
      // the copies: they hold no table, and a restore adds ours back under its name.
      ...(present.table ? [{ kind: 'tableToRange', table: TARGETS_TABLE } as const] : []),
      ...backups.first,
      ...scope.added.map((sheet): WriteOp => ({ kind: 'addSheet', sheet })),
      ...rewrite(PLAN_SHEET, present, planSheetOps(plan, lang), validation),
      ...rewrite(
        TARGETS_SHEET,
        present,
        fullLedgerOps(figureLedger, figures, { lang, validation, lightRules }),
        validation,
      ),
      ...rewrite(
        PROGRESS_SHEET,
        present,
        fullLedgerOps(reportLedger, reports, { lang, validation, lightRules }),
        validation,
      ),
      ...(rollUp?.ops(present.all) ?? []),
      { kind: 'activate', sheet: TARGETS_SHEET },
      ...backups.last,
    ];
    try {
      await writeOps(context, ops, { areas });
    } catch (error) {
      // Nothing is left half-written: the copies go back (backup.ts); unless everything had been written.
      if ((await restoreSheets(context, scope)) === 'restored') throw error;
    }
    const indexed = <V, S>(rows: LedgerRow<V, S>[]) => ({ rows: new Map(rows.map((r, i) => [i, r])) });
    return { figures: indexed(figures), reports: indexed(reports) };
  });
  await saveMeta(host.settings, {
    planId: plan.id,
    lang,
    targetRows: result.figures.rows.size,
    taskRows: result.reports.rows.size,
    pending: old?.planId === plan.id ? old.pending : [],
    ...(lightRules ? { lightRules } : {}),
    ...(old?.checkFactor ? { checkFactor: old.checkFactor } : {}),
    ...(old?.rollUpSheet || rollUp?.outcome() === 'written' ? { rollUpSheet: true } : {}),
  });
  const carried = [...result.figures.rows.values(), ...result.reports.rows.values()].filter(
    (r) => r.version > 0,
  ).length;
  return {
    action: 'insert',
    sent: 0,
    applied: 0,
    updated: carried,
    unsent: 0,
    degraded: degradedFeatures(host, lang),
    inserted: { tasks: plan.tasks.length, targets: plan.tasks.reduce((n, t) => n + t.targets.length, 0) },
    ...summarizeLedgers(result, lang),
    ...(rollUp?.outcome() ? { rollUp: rollUp.outcome() } : {}),
  };
}

/**
 * Rows carry over only into the same plan (ids such as 4.1 mean other targets in another plan); another plan's
 * sheets are replaced only when nothing in them is waiting to be synced.
 */
function samePlan<
  T extends { figures: LedgerRow<FigureValue, FigureState>[]; reports: LedgerRow<ReportValue, ReportState>[] },
>(existing: T, old: WorkbookMeta | null, plan: Plan): T {
  if (!old || old.planId === plan.id) return existing;
  const waiting =
    existing.figures.some((r) => r.conflict !== null || isEdited(figureCodec, r)) ||
    existing.reports.some((r) => r.conflict !== null || isEdited(reportCodec, r));
  if (waiting) throw new WorkbookStateError('other_plan_edits', `sheets of plan ${old.planId} hold unsynced edits`);
  return { ...existing, figures: [], reports: [] };
}

/** A sheet's content ops wrapped so it is cleared first (when it existed) and protected once at the end. */
function rewrite(sheet: string, present: Present, content: WriteOp[], validation: boolean): WriteOp[] {
  const before: WriteOp[] = present.sheets.has(sheet) ? [{ kind: 'clearSheet', sheet, validation }] : [];
  return [...before, ...content, { kind: 'protect', sheet }];
}
