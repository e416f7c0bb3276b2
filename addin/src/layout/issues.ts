// Cell issues (why an edit cannot be sent) folded into ledger rows: the marked fields and one message per row.
import { describeProblem, type CellIssue } from '@plansync/shared';
import type { Lang } from '../i18n/lang';
import type { LedgerRow } from './ledger';

/**
 * Marks each issue's row in `rows` (by row key), joining several issues of one row into one message.
 * Rows in `skip` (their cells now show the server's value) no longer hold what was wrong and stay unmarked.
 */
export function markIssues<V, S>(
  rows: Map<number, LedgerRow<V, S>>,
  issues: readonly CellIssue[],
  lang: Lang,
  skip: ReadonlySet<number> = new Set(),
): void {
  const byKey = new Map([...rows].map(([index, row]) => [row.key, index]));
  for (const issue of issues) {
    const index = byKey.get(issue.key);
    if (index === undefined || skip.has(index)) continue;
    const row = rows.get(index)!;
    const message = describeProblem(issue.problem, lang);
    rows.set(index, {
      ...row,
      issue: {
        fields: [...(row.issue?.fields ?? []), issue.field],
        message: row.issue ? `${row.issue.message}；${message}` : message,
      },
    });
  }
}
