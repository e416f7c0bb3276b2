// 拉取最新: take others' newer figures and reports into untouched cells; an unsynced edit meets them as a conflict.
import { byKey, canWrite, figureCodec, mergePulled, reportCodec } from '@plansync/shared';
import { describeLedgers, type ActionSummary } from './summary';
import { requireMeta, type ActionDeps } from './sync';
import { localIssues, updateLedgers } from './update';

/** Pulls in 2 context.syncs (plus one per extra 5 MB); the request is made before Excel is touched. */
export async function pullProgress({ host, api, me, lang }: ActionDeps): Promise<ActionSummary> {
  const meta = requireMeta(host);
  const progress = await api.progress(meta.planId);
  let updated = 0;
  const ledgers = await host.run((context) =>
    updateLedgers(context, meta, (lead) => canWrite(me, { leadUnit: lead }), lang, async (ledgers) => {
      const { figures, reports } = ledgers;
      const issues = localIssues(ledgers);
      const f = mergePulled(figureCodec, [...figures.rows.values()], byKey(figureCodec, progress.figures));
      const r = mergePulled(reportCodec, [...reports.rows.values()], byKey(reportCodec, progress.reports));
      updated = [...f, ...r].filter((u) => u.action !== 'conflict').length;
      return { figures: { updates: f, issues: issues.figures }, reports: { updates: r, issues: issues.reports } };
    }),
  );
  return { sent: 0, applied: 0, updated, unsent: 0, ...describeLedgers(ledgers, lang) };
}
