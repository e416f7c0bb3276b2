// 同步进展: send every valid edit in one keyed request, mark bad cells, write back versions and conflicts.
import {
  assignKeys,
  figureCodec,
  mergePushed,
  reportCodec,
  toBatches,
  type AppliedEntry,
  type CellIssue,
  type Conflict,
  type ProgressBatch,
  type PushResult,
  type Writer,
} from '@plansync/shared';
import { ApiRequestError, NetworkError, WorkbookStateError } from '../api/errors';
import { rejectedCells } from './rejection';
import type { ApiClient } from '../api/client';
import type { Lang } from '../i18n/lang';
import { reportLedger } from '../layout/report-ledger';
import { figureLedger } from '../layout/figure-ledger';
import { judge, reportingPeriod, todayInChina, type Judgement } from './judge';
import { readMeta, saveMeta } from './meta';
import { rowRefs } from './row-refs';
import { summarizeLedgers, type ActionSummary } from './summary';
import type { ExcelHost } from './types';
import { runLedgerAction, type LedgerChanges } from './ledger-action';

export interface ActionDeps {
  host: ExcelHost;
  api: ApiClient;
  me: Writer;
  lang: Lang;
  /** The date actions judge at (`YYYY-MM-DD`); today in China when absent. */
  asOf?: () => string;
}

/**
 * Syncs in 2 context.syncs (plus one per extra 5 MB); a network failure keeps every edit and the batch's key. Each
 * entry carries the period it reports, worked out from the plan's schedule before Excel is touched.
 */
export async function syncProgress(
  deps: ActionDeps,
  newKey: () => string = () => crypto.randomUUID(),
): Promise<ActionSummary> {
  const { host, api, lang } = deps;
  const meta = requireMeta(host);
  const asOf = deps.asOf?.() ?? todayInChina();
  const period = await reportingPeriod(api, meta.planId, asOf);
  const summary: ActionSummary = {
    sent: 0,
    applied: 0,
    updated: 0,
    invalid: [],
    conflicts: [],
    unsent: 0,
    ...(period ? { period } : {}),
  };
  // Set inside the callback below; the assertions keep TypeScript from narrowing them to null for good.
  let judgement = null as Judgement | null;
  let failure = null as NetworkError | ApiRequestError | null;
  let savedKeys: AppliedEntry[] = [];
  const ledgers = await runLedgerAction(deps, meta, async ({ figures, reports }, diffs): Promise<LedgerChanges> => {
    // Every entry says which period it reports (issue 12); the server keeps it with the figure and in history.
    const stamp = <T>(inputs: T[]) => (period ? inputs.map((input) => ({ ...input, period })) : inputs);
    const batches = toBatches(stamp(diffs.figures.inputs), stamp(diffs.reports.inputs));
    const keyed = await assignKeys(batches, meta.pending, newKey);
    const results: PushResult[] = [];
    const rejected: CellIssue[] = [];
    for (const [i, { key, batch }] of keyed.entries()) {
      summary.sent += entryCount(batch);
      try {
        results.push(await api.push(meta.planId, batch, key));
      } catch (error) {
        if (error instanceof ApiRequestError && (error.code === 'forbidden' || error.code === 'invalid_request')) {
          // Nothing of a refused batch was written; its edits stay typed and its bad cells get marked.
          failure = error;
          rejected.push(...rejectedCells(error));
          break;
        }
        if (!(error instanceof NetworkError)) throw error;
        failure = error;
        meta.pending = keyed.slice(i).map(({ key: k, fingerprint }) => ({ key: k, fingerprint }));
        summary.unsent = keyed.slice(i).reduce((n, k) => n + entryCount(k.batch), 0);
        summary.sent -= summary.unsent;
        break;
      }
    }
    if (!(failure instanceof NetworkError)) meta.pending = [];
    await saveMeta(host.settings, meta);
    const applied = results.flatMap((x) => x.applied);
    const conflicts = results.flatMap((x) => x.conflicts);
    summary.applied = applied.length;
    savedKeys = applied;
    // Judged after the push, so the lights count what was just sent.
    judgement = await judge(api, meta.planId, asOf, lang);
    return {
      figures: mergePushed(
        figureCodec,
        [...figures.rows.values()],
        appliedOf(applied, 'figure'),
        figureConflicts(conflicts),
        figureLedger.stateOf,
      ),
      reports: mergePushed(
        reportCodec,
        [...reports.rows.values()],
        appliedOf(applied, 'report'),
        reportConflicts(conflicts),
        reportLedger.stateOf,
      ),
      rejected,
      ...(judgement ? { judged: judgement.rows } : {}),
    };
  });
  const reported = rowRefs(
    ledgers,
    savedKeys.map((a) =>
      a.kind === 'figure' ? { kind: a.kind, key: a.targetId } : { kind: a.kind, key: String(a.task) },
    ),
    lang,
  );
  const assessed = judgement ? { assessment: judgement.assessment } : {};
  return {
    action: 'sync',
    ...summary,
    reported,
    ...summarizeLedgers(ledgers, lang),
    ...assessed,
    ...(failure ? { failure } : {}),
  };
}

export function requireMeta(host: ExcelHost) {
  const meta = readMeta(host.settings);
  if (!meta) throw new WorkbookStateError('not_inserted', 'workbook has no plan: insert one first');
  return meta;
}

function appliedOf(applied: AppliedEntry[], kind: 'figure' | 'report') {
  return applied.flatMap((a) =>
    a.kind !== kind ? [] : [{ ...a, key: a.kind === 'figure' ? a.targetId : String(a.task) }],
  );
}

const entryCount = (batch: ProgressBatch) => (batch.figures?.length ?? 0) + (batch.reports?.length ?? 0);
const figureConflicts = (conflicts: Conflict[]) => conflicts.flatMap((c) => (c.kind === 'figure' ? [c.server] : []));
const reportConflicts = (conflicts: Conflict[]) => conflicts.flatMap((c) => (c.kind === 'report' ? [c.server] : []));
