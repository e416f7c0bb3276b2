// Progress records: the figures and reports units push, what the server keeps, and its replies.
import { z } from 'zod';
import { TARGET_ID_PATTERN } from '../plan/schema';
import type { Localized } from '../text/localized';

/** Bounds shared by the API's validation and the add-in's cell checks. */
export const PROGRESS_LIMITS = {
  /** Larger figures are typing accidents, not talent counts. */
  maxFigureValue: 1e12,
  noteChars: 500,
  reportChars: 2000,
  batchEntries: 1000,
  /**
   * Tasks one batch may touch: the API writes one history key per task, inside Workers KV's 1,000 operations
   * per invocation with room for the writer's own reads (issue 10.6). The add-in splits larger syncs.
   */
  batchTasks: 500,
} as const;

export const TASK_STATUSES = ['not_started', 'in_progress', 'done', 'behind'] as const;
export const TaskStatusSchema = z.enum(TASK_STATUSES);
export type TaskStatus = z.infer<typeof TaskStatusSchema>;

/** How each status reads in the ledgers (Chinese first) and in English. */
export const TASK_STATUS_LABELS: Record<TaskStatus, Localized> = {
  not_started: { zh: '未启动', en: 'Not started' },
  in_progress: { zh: '推进中', en: 'In progress' },
  done: { zh: '已完成', en: 'Done' },
  behind: { zh: '滞后', en: 'Behind' },
};

export const RoleSchema = z.enum(['admin', 'editor', 'viewer']);
export type Role = z.infer<typeof RoleSchema>;

/** How each role reads for people: the pane's 当前身份, the ledgers' writer column, the API's 403 messages. */
export const ROLE_LABELS: Record<Role, Localized> = {
  admin: { zh: '管理员', en: 'Admin' },
  editor: { zh: '填报单位', en: 'Reporting unit' },
  viewer: { zh: '只读用户', en: 'Read-only user' },
};

/** Who a token belongs to, as every write is stamped with it. */
export const WriterSchema = z.object({
  role: RoleSchema,
  /** The unit an editor reports for; null for admin and viewer tokens. */
  unit: z.string().min(1).nullable(),
  /** Public id of the token (never the secret). */
  tokenId: z.string().min(1),
});
export type Writer = z.infer<typeof WriterSchema>;

/**
 * `GET /api/me`: the writer and the label the token was created with (`npm run token -- create --label 目督办`),
 * so a read-only token names its office in the pane; null when it was created without one. Not part of the
 * stamp on writes.
 */
export const MeSchema = WriterSchema.extend({ label: z.string().min(1).nullable() });
export type Me = z.infer<typeof MeSchema>;

const TargetIdSchema = z.string().regex(TARGET_ID_PATTERN);

/**
 * The reporting period a figure or report is for (issue 12): a month `2014-06`, a quarter `2014-Q2`, or the
 * plan year `2014`. Figures stay cumulative for the year. Records stored without one are the year's.
 */
export const ReportingPeriodSchema = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/);
export type ReportingPeriod = z.infer<typeof ReportingPeriodSchema>;
const TaskNumberSchema = z.number().int().positive();
const VersionSchema = z.number().int().nonnegative();

export const FigureValueSchema = z.object({
  value: z.number().nonnegative().max(PROGRESS_LIMITS.maxFigureValue),
  note: z.string().max(PROGRESS_LIMITS.noteChars).nullable(),
  period: ReportingPeriodSchema.optional(),
});
export type FigureValue = z.infer<typeof FigureValueSchema>;

const ReportText = z.string().max(PROGRESS_LIMITS.reportChars);
export const ReportValueSchema = z.object({
  status: TaskStatusSchema,
  progress: ReportText,
  problems: ReportText,
  nextSteps: ReportText,
  period: ReportingPeriodSchema.optional(),
});
export type ReportValue = z.infer<typeof ReportValueSchema>;

/** One figure in a push: the cumulative completed value of a target. */
export const FigureInputSchema = z.strictObject({
  targetId: TargetIdSchema,
  value: FigureValueSchema.shape.value,
  /** The version the client last saw; 0 for a target never written. */
  baseVersion: VersionSchema,
  note: FigureValueSchema.shape.note.unwrap().optional(),
  period: ReportingPeriodSchema.optional(),
});
export type FigureInput = z.infer<typeof FigureInputSchema>;

/** One task report in a push. */
export const ReportInputSchema = z.strictObject({
  task: TaskNumberSchema,
  status: TaskStatusSchema,
  progress: ReportText,
  problems: ReportText.optional(),
  nextSteps: ReportText.optional(),
  period: ReportingPeriodSchema.optional(),
  baseVersion: VersionSchema,
});
export type ReportInput = z.infer<typeof ReportInputSchema>;

export const ProgressBatchSchema = z
  .strictObject({
    figures: z.array(FigureInputSchema).max(PROGRESS_LIMITS.batchEntries).optional(),
    reports: z.array(ReportInputSchema).max(PROGRESS_LIMITS.batchEntries).optional(),
  })
  .refine((b) => (b.figures?.length ?? 0) + (b.reports?.length ?? 0) > 0, {
    error: 'a batch needs at least one figure or report',
  });
export type ProgressBatch = z.infer<typeof ProgressBatchSchema>;

/** Stamp the server puts on every accepted write. */
export const WriteStampSchema = z.object({
  version: z.number().int().positive(),
  writer: WriterSchema,
  writtenAt: z.iso.datetime(),
  writeId: z.string().min(1),
  batchId: z.string().min(1),
});
export type WriteStamp = z.infer<typeof WriteStampSchema>;

/**
 * 上期 carried on a figure (issue 12): the figure as last reported for an earlier period than the current state's,
 * with that period and its write time (which dates a record without a month or quarter). Kept by the write rules
 * (`withPrevious`), so the snapshot answers 上期 without reading history. Absent before a second period's report,
 * and on states written before it existed.
 */
export const PreviousFigureSchema = z.object({
  value: FigureValueSchema.shape.value,
  period: ReportingPeriodSchema.optional(),
  writtenAt: z.iso.datetime(),
});
export type PreviousFigure = z.infer<typeof PreviousFigureSchema>;

export const FigureStateSchema = z.object({
  targetId: TargetIdSchema,
  ...FigureValueSchema.shape,
  ...WriteStampSchema.shape,
  previous: PreviousFigureSchema.optional(),
});
export type FigureState = z.infer<typeof FigureStateSchema>;

export const ReportStateSchema = z.object({
  task: TaskNumberSchema,
  ...ReportValueSchema.shape,
  ...WriteStampSchema.shape,
});
export type ReportState = z.infer<typeof ReportStateSchema>;

/** `GET /api/plans/:planId/progress`: the current figure of every written target and report of every written task. */
export const PlanProgressSchema = z.object({
  planId: z.string(),
  figures: z.array(FigureStateSchema),
  reports: z.array(ReportStateSchema),
});
export type PlanProgress = z.infer<typeof PlanProgressSchema>;

export const AppliedEntrySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('figure'), targetId: TargetIdSchema, ...WriteStampSchema.shape }),
  z.object({ kind: z.literal('report'), task: TaskNumberSchema, ...WriteStampSchema.shape }),
]);
export type AppliedEntry = z.infer<typeof AppliedEntrySchema>;

/** An entry whose baseVersion was stale: nothing of it was written; the server's current record comes back. */
export const ConflictSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('figure'),
    targetId: TargetIdSchema,
    baseVersion: VersionSchema,
    server: FigureStateSchema,
  }),
  z.object({
    kind: z.literal('report'),
    task: TaskNumberSchema,
    baseVersion: VersionSchema,
    server: ReportStateSchema,
  }),
]);
export type Conflict = z.infer<typeof ConflictSchema>;

/** `POST /api/plans/:planId/progress` reply (200): the applied entries and the conflicts. */
export const PushResultSchema = z.object({
  batchId: z.string(),
  applied: z.array(AppliedEntrySchema),
  conflicts: z.array(ConflictSchema),
  /** True when an Idempotency-Key matched an earlier batch and its stored result was replayed. */
  replayed: z.boolean(),
});
export type PushResult = z.infer<typeof PushResultSchema>;

/** One accepted write, as `GET /api/plans/:planId/history` lists it. Append-only. */
export const HistoryEntrySchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('figure'),
    targetId: TargetIdSchema,
    old: FigureValueSchema.nullable(),
    new: FigureValueSchema,
    ...WriteStampSchema.shape,
  }),
  z.object({
    kind: z.literal('report'),
    task: TaskNumberSchema,
    old: ReportValueSchema.nullable(),
    new: ReportValueSchema,
    ...WriteStampSchema.shape,
  }),
]);
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

/** One page of history, oldest first; `cursor` fetches the next page (null after the last one). */
export const HistorySchema = z.object({
  planId: z.string(),
  entries: z.array(HistoryEntrySchema),
  cursor: z.string().nullable(),
});
export type History = z.infer<typeof HistorySchema>;
