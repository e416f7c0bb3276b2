// 拉取最新: take others' newer figures and reports into untouched cells; an unsynced edit meets them as a conflict.
import { byKey, figureCodec, mergePulled, reportCodec, type RowUpdate } from '@plansync/shared';
import { judge, todayInChina } from './judge';
import { rowRefs, type RowPick } from './row-refs';
import { summarizeLedgers, type ActionSummary } from './summary';
import { requireMeta, type ActionDeps } from './sync';
import { runLedgerAction } from './ledger-action';
import { rollUpWrite } from './roll-up';

/**
 * Pulls in 2 context.syncs (plus one per extra 5 MB), the 汇总 sheet written in the second; the requests (progress,
 * and the assessment that colours the lights and fills 汇总) are made before Excel is touched. The cells it changed are
 * marked in the same write (issue 12.6) and listed as old → new with the writer; the next action's redraw of the marks
 * clears them.
 */
export async function pullProgress(deps: ActionDeps): Promise<ActionSummary> {
  const meta = requireMeta(deps.host);
  const asOf = deps.asOf?.() ?? todayInChina();
  const [progress, judgement] = await Promise.all([
    deps.api.progress(meta.planId),
    judge(deps.api, meta.planId, asOf, deps.lang),
  ]);
  let updated = 0;
  const picks: RowPick[] = [];
  const rollUp = judgement && rollUpWrite(judgement.assessment, deps.me, deps.lang, meta.rollUpSheet === true);
  const ledgers = await runLedgerAction(deps, meta, ({ figures, reports }) => {
    const f = mergePulled(figureCodec, [...figures.rows.values()], byKey(figureCodec, progress.figures));
    const r = mergePulled(reportCodec, [...reports.rows.values()], byKey(reportCodec, progress.reports));
    updated = [...f, ...r].filter((u) => u.action !== 'conflict').length;
    const shown = (kind: RowPick['kind']) => (u: RowUpdate<unknown>) =>
      u.action === 'update' ? [{ kind, key: u.key }] : [];
    picks.push(...f.flatMap(shown('figure')), ...r.flatMap(shown('report')));
    return {
      figures: f,
      reports: r,
      markChanged: true,
      ...(judgement ? { judged: judgement.rows } : {}),
      ...(rollUp ? { more: rollUp.ops } : {}),
    };
  });
  const rolledUp = await rollUp?.finish(deps.host.settings, requireMeta(deps.host));
  return {
    action: 'pull',
    sent: 0,
    applied: 0,
    updated,
    unsent: 0,
    pulled: rowRefs(ledgers, picks, deps.lang, true),
    ...summarizeLedgers(ledgers, deps.lang),
    ...(judgement ? { assessment: judgement.assessment } : {}),
    ...(rolledUp ? { rollUp: rolledUp } : {}),
  };
}
