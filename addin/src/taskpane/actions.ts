// What the pane can do, as plain async functions over an Excel host and the API: the React side only calls these.
import { changeRows, type ChangeRow, type Me, type PlanSummary } from '@plansync/shared';
import { readHistory, subjectHistory, type HistorySubject } from '../api/history-pages';
import { writeChangeLog } from '../excel/change-log';
import { createApiClient, type ApiClient, type ApiOptions } from '../api/client';
import { insertPlan } from '../excel/insert';
import { judge, todayInChina } from '../excel/judge';
import { readMeta, saveMeta } from '../excel/meta';
import { WorkbookStateError } from '../api/errors';
import { DEFAULT_CHECK_FACTOR } from '../layout/plausibility';
import { pullProgress } from '../excel/pull';
import { resolveConflicts, type ConflictChoice } from '../excel/resolve';
import { selectCell } from '../excel/select';
import { watchLedgers, type LedgerWatch, type WatchListener } from '../excel/events';
import type { ActionSummary, CellRef } from '../excel/summary';
import { requireMeta, syncProgress } from '../excel/sync';
import type { ExcelHost } from '../excel/types';
import type { Lang } from '../i18n/lang';
import { createImportActions, type ImportActions } from '../import/import-actions';
import { t } from '../i18n/messages';
import type { Connection } from './settings';

export interface PaneActions {
  /** Who the token is and which plans it can see; `workbookPlan` is the plan already in this workbook, if any. */
  connect(connection: Connection): Promise<{ me: Me; plans: PlanSummary[]; workbookPlan: string | null }>;
  insert(planId: string): Promise<ActionSummary>;
  sync(): Promise<ActionSummary>;
  pull(): Promise<ActionSummary>;
  resolve(choices: ConflictChoice[]): Promise<ActionSummary>;
  select(cell: Pick<CellRef, 'sheet' | 'address'>): Promise<void>;
  /**
   * Where Excel tells the add-in about changes (ExcelApi 1.7): rows are marked as staff type, `listener` hears the
   * count waiting to be sent and which locked cell is selected. Watching starts once connected to a workbook
   * holding a plan, or after an insert.
   */
  watch(listener: WatchListener): void;
  /** 请核实 above this many times the target: the workbook's setting, or the default. */
  checkFactor(): number;
  /** Keeps the factor in the workbook (document settings); a plan must have been inserted. */
  setCheckFactor(factor: number): Promise<void>;
  /** 导入计划 (admin): source → 计划草稿 → 发布. */
  import: ImportActions;
  /** The history of the figure or report whose cell is selected, newest first (GET history, that subject only). */
  history(subject: HistorySubject): Promise<{ rows: ChangeRow[]; cut: boolean }>;
  /** Writes the 变更记录 sheet: every change of one task, or (null) of the whole plan. */
  changeLog(task: number | null): Promise<ChangeLogWritten>;
}

export interface ChangeLogWritten {
  task: number | null;
  /** Rows written (one per changed field). */
  rows: number;
  /** The history was longer than the pages read (see readHistory). */
  cut: boolean;
}

/** Pages of the whole plan's history read at most for 变更记录: 20,000 pushes. */
const CHANGE_LOG_PAGES = 100;

/**
 * Actions bound to one host; `connect` must succeed before the API-backed ones run. `asOf` fixes the date sync and
 * pull judge at (the playground's `?asOf=`, tests); today in China otherwise.
 */
export function createPaneActions(
  host: ExcelHost,
  lang: Lang,
  makeApi: (o: ApiOptions) => ApiClient = createApiClient,
  asOf?: () => string,
): PaneActions {
  let session: { api: ApiClient; me: Me } | null = null;
  let listener: WatchListener | null = null;
  let watcher: LedgerWatch | null = null;
  const connected = () => {
    if (!session) throw new Error(t(lang, 'needConnection'));
    return { host, lang, ...session, ...(asOf ? { asOf } : {}) };
  };
  // Actions run in turn with the watcher's marks, on a host whose writes it knows as the add-in's own.
  // After an action that may change marks, the watcher counts the rows again.
  const inTurn = async <T>(work: (h: ExcelHost) => Promise<T>, recount = true): Promise<T> => {
    const result = await (watcher ? watcher.exclusive(work) : work(host));
    if (watcher && recount) void watcher.reload().catch(() => undefined);
    return result;
  };
  const startWatching = async () => {
    if (!session || !listener || watcher) return;
    try {
      watcher = await watchLedgers({ host, lang, me: session.me }, listener);
    } catch (error) {
      listener.failed(error);
    }
  };
  return {
    async connect({ workerUrl, token }) {
      const api = makeApi({ baseUrl: workerUrl, token, lang });
      const [me, plans] = await Promise.all([api.me(), api.plans()]);
      session = { api, me };
      // Another token may write other rows: the watcher starts again with it.
      watcher?.stop();
      watcher = null;
      await startWatching();
      return { me, plans, workbookPlan: readMeta(host.settings)?.planId ?? null };
    },
    async insert(planId) {
      const deps = connected();
      const asOf = deps.asOf?.() ?? todayInChina();
      const [plan, progress, judgement] = await Promise.all([
        deps.api.plan(planId),
        deps.api.progress(planId),
        judge(deps.api, planId, asOf, lang),
      ]);
      const summary = await inTurn((h) =>
        insertPlan({ ...deps, host: h }, plan, progress, judgement?.assessment),
      ).catch(async (error: unknown) => {
        // A failed insert puts back copies of the sheets (excel/backup.ts): new sheets, to be watched afresh.
        watcher?.stop();
        watcher = null;
        await startWatching();
        throw error;
      });
      await startWatching();
      return summary;
    },
    sync: () => inTurn((h) => syncProgress({ ...connected(), host: h })),
    pull: () => inTurn((h) => pullProgress({ ...connected(), host: h })),
    resolve: (choices) => inTurn((h) => resolveConflicts({ ...connected(), host: h }, choices)),
    select: ({ sheet, address }) => inTurn((h) => selectCell(h, sheet, address), false),
    checkFactor: () => readMeta(host.settings)?.checkFactor ?? DEFAULT_CHECK_FACTOR,
    async setCheckFactor(checkFactor) {
      const meta = readMeta(host.settings);
      if (!meta) throw new WorkbookStateError('not_inserted', 'workbook has no plan: insert one first');
      await saveMeta(host.settings, { ...meta, checkFactor });
    },
    history: (subject) => subjectHistory(connected().api, requireMeta(host).planId, subject, lang),
    async changeLog(task) {
      const { api } = connected();
      const { planId } = requireMeta(host);
      const [plan, read] = await Promise.all([
        api.plan(planId),
        readHistory(api, planId, task === null ? {} : { task }, CHANGE_LOG_PAGES),
      ]);
      const rows = changeRows(read.entries, lang);
      await inTurn((h) => writeChangeLog(h, plan, rows, task, lang), false);
      return { task, rows: rows.length, cut: read.cut };
    },
    watch(l) {
      listener = l;
      void startWatching();
    },
    // Draft writes run in turn with the watcher too, on the host whose writes it knows as the add-in's own.
    import: createImportActions({ ...host, run: (batch) => inTurn((h) => h.run(batch), false) }, () => connected().api),
  };
}
