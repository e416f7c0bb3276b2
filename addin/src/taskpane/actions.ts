// What the pane can do, as plain async functions over an Excel host and the API: the React side only calls these.
import type { PlanSummary, Writer } from '@plansync/shared';
import { createApiClient, type ApiClient, type ApiOptions } from '../api/client';
import { insertPlan } from '../excel/insert';
import { readMeta } from '../excel/meta';
import { pullProgress } from '../excel/pull';
import { resolveConflicts, type ConflictChoice } from '../excel/resolve';
import { selectCell } from '../excel/select';
import type { ActionSummary, CellRef } from '../excel/summary';
import { syncProgress } from '../excel/sync';
import type { ExcelHost } from '../excel/types';
import type { Lang } from '../i18n/lang';
import { t } from '../i18n/messages';
import type { Connection } from './settings';

export interface PaneActions {
  /** Who the token is and which plans it can see; `workbookPlan` is the plan already in this workbook, if any. */
  connect(connection: Connection): Promise<{ me: Writer; plans: PlanSummary[]; workbookPlan: string | null }>;
  insert(planId: string): Promise<ActionSummary>;
  sync(): Promise<ActionSummary>;
  pull(): Promise<ActionSummary>;
  resolve(choices: ConflictChoice[]): Promise<ActionSummary>;
  select(cell: Pick<CellRef, 'sheet' | 'address'>): Promise<void>;
}

/** Actions bound to one host; `connect` must succeed before the API-backed ones run. */
export function createPaneActions(
  host: ExcelHost,
  lang: Lang,
  makeApi: (o: ApiOptions) => ApiClient = createApiClient,
): PaneActions {
  let session: { api: ApiClient; me: Writer } | null = null;
  const connected = () => {
    if (!session) throw new Error(t(lang, 'needConnection'));
    return { host, lang, ...session };
  };
  return {
    async connect({ workerUrl, token }) {
      const api = makeApi({ baseUrl: workerUrl, token, lang });
      const [me, plans] = await Promise.all([api.me(), api.plans()]);
      session = { api, me };
      return { me, plans, workbookPlan: readMeta(host.settings)?.planId ?? null };
    },
    async insert(planId) {
      const deps = connected();
      const [plan, progress] = await Promise.all([deps.api.plan(planId), deps.api.progress(planId)]);
      return insertPlan(deps, plan, progress);
    },
    sync: () => syncProgress(connected()),
    pull: () => pullProgress(connected()),
    resolve: (choices) => resolveConflicts(connected(), choices),
    select: ({ sheet, address }) => selectCell(host, sheet, address),
  };
}
