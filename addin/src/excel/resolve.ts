// The person's choice on conflicts: keep mine (sent over the server's value next sync) or take theirs.
import { resolveConflict } from '@plansync/shared';
import { summarizeLedgers, type ActionSummary } from './summary';
import { requireMeta, type ActionDeps } from './sync';
import type { LedgerRead } from './read';
import { runLedgerAction } from './ledger-action';

export interface ConflictChoice {
  kind: 'figure' | 'report';
  key: string;
  choice: 'mine' | 'theirs';
}

/** Applies the choices in 2 context.syncs; no request is made (mine goes out with the next sync). */
export async function resolveConflicts(
  deps: Omit<ActionDeps, 'api'>,
  choices: readonly ConflictChoice[],
): Promise<ActionSummary> {
  const meta = requireMeta(deps.host);
  const pick = <V, S>(read: LedgerRead<V, S>, kind: ConflictChoice['kind']) =>
    choices.flatMap((c) => {
      const row = c.kind === kind ? [...read.rows.values()].find((r) => r.key === c.key) : undefined;
      return row?.conflict ? [resolveConflict(row.key, row.conflict, c.choice)] : [];
    });
  let updated = 0;
  const ledgers = await runLedgerAction(deps, meta, ({ figures, reports }) => {
    const [f, r] = [pick(figures, 'figure'), pick(reports, 'report')];
    updated = f.length + r.length;
    return { figures: f, reports: r };
  });
  return { action: 'resolve', sent: 0, applied: 0, updated, unsent: 0, ...summarizeLedgers(ledgers, deps.lang) };
}
