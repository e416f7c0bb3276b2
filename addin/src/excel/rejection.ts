// A batch the server refused (400/403): which cells it blamed, so they are marked like locally invalid cells.
import { IssueSchema, figureCodec, reportCodec, type CellIssue, type ProgressBatch } from '@plansync/shared';
import { z } from 'zod';
import type { ApiRequestError } from '../api/errors';

const ENTRY_PATH = /^(figures|reports)\.(\d+)(?:\.(\w+))?/;

/** The server's issues mapped to cells; issues that name no entry fall on nothing (the error bar still shows). */
export function rejectedCells(error: ApiRequestError, batch: ProgressBatch): CellIssue[] {
  const issues = z.array(IssueSchema).safeParse(error.details);
  if (!issues.success) return [];
  return issues.data.flatMap((issue): CellIssue[] => {
    const m = ENTRY_PATH.exec(issue.path);
    if (!m) return [];
    const [kind, codec] = m[1] === 'figures' ? (['figure', figureCodec] as const) : (['report', reportCodec] as const);
    const entry = kind === 'figure' ? batch.figures?.[Number(m[2])]?.targetId : batch.reports?.[Number(m[2])]?.task;
    if (entry === undefined) return [];
    const field = Math.max(0, (codec.fields as readonly string[]).indexOf(m[3] ?? ''));
    return [{ kind, key: String(entry), field, problem: { code: 'rejected', text: issue.message } }];
  });
}
