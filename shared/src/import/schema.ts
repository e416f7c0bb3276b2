// What a dry-run import answers (issue 13): the plan as it would be stored, the parser's warnings, and the diff.
import { z } from 'zod';
import { PlanSchema, PlanWarningSchema } from '../plan/schema';

const TaskRefSchema = z.object({ number: z.number().int().positive(), title: z.string() });
const TargetRefSchema = z.object({ id: z.string(), task: z.number().int().positive(), metric: z.string() });
const RenameSchema = z.object({ from: z.string(), to: z.string() });

/**
 * What a re-import would change, compared with the stored plan. Tasks are matched by number, targets by id (the
 * worker has already given matched targets their old ids). `orphaned*` is progress stored under a target id or task
 * number the new plan no longer has: it is kept, never deleted, and comes back if a later import restores the id.
 */
export const PlanDiffSchema = z.object({
  /** No plan with this id is stored yet: everything is new. */
  isNew: z.boolean(),
  tasks: z.object({
    added: z.array(TaskRefSchema),
    removed: z.array(TaskRefSchema),
    renamed: z.array(TaskRefSchema.extend(RenameSchema.shape)),
  }),
  targets: z.object({
    added: z.array(TargetRefSchema),
    removed: z.array(TargetRefSchema),
    renamed: z.array(TargetRefSchema.extend(RenameSchema.shape)),
    /** Removed by an earlier import and back now, under their old id and with their figures. */
    restored: z.array(TargetRefSchema),
  }),
  /** Target ids holding reported figures that the new plan does not have. */
  orphanedFigures: z.array(z.string()),
  /** Task numbers holding reports that the new plan does not have. */
  orphanedReports: z.array(z.number().int()),
});
export type PlanDiff = z.infer<typeof PlanDiffSchema>;

/** The answer of `PUT /api/plans/:id?dryRun=true`: nothing is stored. */
export const DryRunResultSchema = z.object({
  plan: PlanSchema,
  warnings: z.array(PlanWarningSchema),
  diff: PlanDiffSchema,
});
export type DryRunResult = z.infer<typeof DryRunResultSchema>;
