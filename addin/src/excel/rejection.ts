// A batch the server refused (400/403): which cells it blamed, so they are marked like locally invalid cells.
import { IssueSchema, figureCodec, reportCodec, type CellIssue } from '@plansync/shared';
import { z } from 'zod';
import type { ApiRequestError } from '../api/errors';

/** `figures.3.value` → the list and the field; the entry itself is named by the issue's targetId or task. */
const ENTRY_PATH = /^(figures|reports)\.\d+(?:\.(\w+))?/;

/**
 * The server's issues mapped to cells by the target or task each names (the API contract: every issue about a batch
 * entry carries its `targetId` or `task`); issues that name no entry fall on nothing (the error bar still shows).
 */
export function rejectedCells(error: ApiRequestError): CellIssue[] {
  const issues = z.array(IssueSchema).safeParse(error.details);
  if (!issues.success) return [];
  return issues.data.flatMap((issue): CellIssue[] => {
    const m = ENTRY_PATH.exec(issue.path);
    if (!m) return [];
    const [kind, codec, key] =
      m[1] === 'figures'
        ? (['figure', figureCodec, issue.targetId] as const)
        : (['report', reportCodec, issue.task === undefined ? undefined : String(issue.task)] as const);
    if (key === undefined) return [];
    const field = Math.max(0, codec.fields.indexOf(m[2] ?? ''));
    return [{ kind, key, field, problem: { code: 'rejected', text: issue.message } }];
  });
}
