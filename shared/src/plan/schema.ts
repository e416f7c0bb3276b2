// The plan model: what the parser produces and what the API and the add-in exchange.
import { z } from 'zod';

/** Excel's limit on the characters of one cell: a task's text must fit the ledger's 工作任务 cell. */
export const EXCEL_CELL_MAX_CHARS = 32767;
/**
 * Longest plan title: the title travels in KV metadata (1,024 bytes, stored as base64 of UTF-8, so about 4 bytes
 * per Chinese character) beside the ETag and counts; 120 characters leave room for all of it (issue 9, point 8).
 */
export const PLAN_TITLE_MAX_CHARS = 120;

export const TARGET_ID_PATTERN = /^[1-9]\d*\.[1-9]\d*$/;

/**
 * Which way a target counts (issue 9): `at_least` a floor (达到, 不少于, 以上, and a plain 新增N), `at_most` a cap
 * (控制在…以内, 不超过), `about` a value the source hedges (左右, 约), `exact` a value to hit.
 * Plans stored before the field existed read as `at_least`.
 */
export const TARGET_DIRECTIONS = ['at_least', 'at_most', 'about', 'exact'] as const;
export const TargetDirectionSchema = z.enum(TARGET_DIRECTIONS);
export type TargetDirection = z.infer<typeof TargetDirectionSchema>;

export const TargetSchema = z
  .object({
    /** Stable id: `"4.1"` is task 4's first target. */
    id: z.string().regex(TARGET_ID_PATTERN),
    task: z.number().int().positive(),
    /** Short name of what is counted, e.g. 引进扶持高层次人才. */
    metric: z.string().min(1).max(200),
    min: z.number().nonnegative(),
    /** Equal to `min` unless the source gives a range such as 5-8. */
    max: z.number().nonnegative(),
    /** Measure word: 名, 个, 人, 人次 … */
    unit: z.string().max(10),
    /** The source says 左右, 约 or the like. */
    approximate: z.boolean(),
    direction: TargetDirectionSchema.default('at_least'),
    /** The exact source phrase. */
    quote: z.string().min(1),
    /** Character offset of `quote` in the task's `text`. */
    offset: z.number().int().nonnegative(),
  })
  .refine((t) => t.min <= t.max, { error: 'min must not exceed max', path: ['max'] })
  .refine((t) => t.id.startsWith(`${t.task}.`), { error: 'id must start with the task number', path: ['id'] });
export type Target = z.infer<typeof TargetSchema>;

export const SectionSchema = z.object({
  number: z.number().int().positive(),
  title: z.string().min(1),
});
export type Section = z.infer<typeof SectionSchema>;

export const TaskSchema = z.object({
  number: z.number().int().positive(),
  /** Number of the section the task belongs to. */
  section: z.number().int().positive(),
  /** The first sentence, up to the first 。 */
  title: z.string().min(1),
  /** The body without the responsible-unit parentheses. */
  text: z.string().min(1).max(EXCEL_CELL_MAX_CHARS),
  /** 牵头单位: the first unit listed; it compiles and reports the task's figures. Empty when the text names none. */
  leadUnit: z.string(),
  /** Named units in the text's order, lead first. */
  units: z.array(z.string().min(1)),
  /** Catch-all groups such as 市人才工作领导小组有关成员单位. */
  groups: z.array(z.string().min(1)),
  targets: z.array(TargetSchema),
  /**
   * 完成时限 as the source writes it (`10月底`, `2014年6月30日`, `年底前`); absent when none is given, which
   * supervising offices read as the end of the plan period (BRIEF: tasks without figures are judged by deadline).
   */
  dueBy: z.string().min(1).max(100).optional(),
});
export type Task = z.infer<typeof TaskSchema>;

/**
 * What the parser could not read with confidence (issue 9: never all-or-nothing). `task` is null for
 * plan-level warnings such as a missing year; `quote` is the source text in question.
 */
export const PlanWarningSchema = z.object({
  task: z.number().int().positive().nullable(),
  kind: z.string().min(1),
  quote: z.string(),
  message: z.object({ zh: z.string().min(1), en: z.string().min(1) }),
});
export type PlanWarning = z.infer<typeof PlanWarningSchema>;

export const PLAN_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

export const PlanSchema = z
  .object({
    id: z.string().regex(PLAN_ID_PATTERN),
    title: z.string().min(1).max(PLAN_TITLE_MAX_CHARS),
    issuer: z.string(),
    /** ISO date (YYYY-MM-DD), empty when the text gives none. */
    issuedOn: z.union([z.iso.date(), z.literal('')]),
    year: z.number().int().min(1900).max(2999),
    sections: z.array(SectionSchema),
    tasks: z.array(TaskSchema).min(1),
    /** Every named unit once, in order of first appearance. */
    units: z.array(z.string().min(1)),
    /**
     * Targets a re-import removed (issue 13), kept by the worker so that an import restoring one gives it back its
     * id, and so its reported figures, which are never deleted. Set by the worker only; clients may ignore it.
     */
    retiredTargets: z.array(TargetSchema).optional(),
  })
  .superRefine((plan, ctx) => {
    const numbers = new Set<number>();
    const targetIds = new Set<string>();
    const sections = new Set(plan.sections.map((s) => s.number));
    plan.tasks.forEach((task, i) => {
      if (numbers.has(task.number)) {
        ctx.addIssue({ code: 'custom', message: `duplicate task number ${task.number}`, path: ['tasks', i, 'number'] });
      }
      numbers.add(task.number);
      if (plan.sections.length > 0 && !sections.has(task.section)) {
        ctx.addIssue({
          code: 'custom',
          message: `task ${task.number} refers to missing section ${task.section}`,
          path: ['tasks', i, 'section'],
        });
      }
      task.targets.forEach((target, j) => {
        if (target.task !== task.number || targetIds.has(target.id)) {
          ctx.addIssue({
            code: 'custom',
            message: `target ${target.id} is misplaced or duplicated`,
            path: ['tasks', i, 'targets', j, 'id'],
          });
        }
        targetIds.add(target.id);
      });
    });
  });
export type Plan = z.infer<typeof PlanSchema>;

/** The list entry of `GET /api/plans`. */
export const PlanSummarySchema = z.object({
  id: z.string().regex(PLAN_ID_PATTERN),
  title: z.string(),
  year: z.number().int(),
  tasks: z.number().int().nonnegative(),
  targets: z.number().int().nonnegative(),
  updatedAt: z.iso.datetime(),
});
export type PlanSummary = z.infer<typeof PlanSummarySchema>;
