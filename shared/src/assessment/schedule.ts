// The reporting schedule a supervising office sets for a plan: 月报 or 季报, the due day, the plan period, light thresholds.
import { z } from 'zod';
import { dayNumber, isIsoDate, isoDate } from './dates';

/** 月报 (`monthly`) or 季报 (`quarterly`); BRIEF: lead units report monthly or quarterly by a fixed day. */
export const REPORTING_CYCLES = ['monthly', 'quarterly'] as const;
export const ReportingCycleSchema = z.enum(REPORTING_CYCLES);
export type ReportingCycle = z.infer<typeof ReportingCycleSchema>;

export const REPORTING_CYCLE_LABELS: Record<ReportingCycle, { zh: string; en: string }> = {
  monthly: { zh: '月报', en: 'Monthly' },
  quarterly: { zh: '季报', en: 'Quarterly' },
};

const IsoDateSchema = z.string().refine(isIsoDate, { error: 'expected an existing date YYYY-MM-DD' });

/**
 * What an admin sets (`PUT /api/plans/:planId/schedule`); every field has the default an office most often uses.
 * - `dueDay`: day of the month after a period ends by which its report is due (BRIEF: often the 5th or 10th);
 *   capped at 28 so that it exists in every month.
 * - `periodStart`/`periodEnd`: the plan period; the plan's calendar year when absent (BRIEF: 序时进度 is the share of
 *   the year gone unless the plan says otherwise). Give both or neither.
 * - `thresholdPoints`: how many percentage points behind 序时进度 is still 黄 (预警) rather than 红 (BRIEF: commonly
 *   10, sometimes 5 or 20).
 */
export const ReportingScheduleSchema = z
  .strictObject({
    cycle: ReportingCycleSchema.default('monthly'),
    dueDay: z.number().int().min(1).max(28).default(5),
    periodStart: IsoDateSchema.optional(),
    periodEnd: IsoDateSchema.optional(),
    thresholdPoints: z.number().min(0).max(100).default(10),
  })
  .refine((s) => (s.periodStart === undefined) === (s.periodEnd === undefined), {
    error: 'give both periodStart and periodEnd, or neither',
    path: ['periodEnd'],
  })
  .refine((s) => !s.periodStart || !s.periodEnd || dayNumber(s.periodStart) <= dayNumber(s.periodEnd), {
    error: 'periodStart must not be after periodEnd',
    path: ['periodEnd'],
  });
export type ReportingSchedule = z.infer<typeof ReportingScheduleSchema>;
export type ReportingScheduleInput = z.input<typeof ReportingScheduleSchema>;

/** The schedule used when an admin has set none: 月报 due on the 5th, the calendar year, 10 points. */
export const DEFAULT_SCHEDULE: ReportingSchedule = ReportingScheduleSchema.parse({});

/** A schedule with the plan period filled in: the one every assessment function takes. */
export type ResolvedSchedule = z.infer<typeof ResolvedScheduleSchema>;

export const ResolvedScheduleSchema = z.object({
  cycle: ReportingCycleSchema,
  dueDay: z.number().int(),
  periodStart: z.iso.date(),
  periodEnd: z.iso.date(),
  thresholdPoints: z.number(),
});

/** `GET`/`PUT /api/plans/:planId/schedule`: the schedule as set, whether it is the default, and as it applies. */
export const ScheduleReplySchema = z.object({
  planId: z.string(),
  schedule: ReportingScheduleSchema,
  /** True when no admin has set one: the default (月报 due the 5th, the calendar year, 10 points) applies. */
  isDefault: z.boolean(),
  /** The schedule with the plan period filled in from the plan's year: what the add-in works periods out from. */
  resolved: ResolvedScheduleSchema,
});
export type ScheduleReply = z.infer<typeof ScheduleReplySchema>;

/** Fill the plan period from the plan's year when the schedule leaves it out. */
export function resolveSchedule(planYear: number, schedule: ReportingSchedule = DEFAULT_SCHEDULE): ResolvedSchedule {
  return {
    cycle: schedule.cycle,
    dueDay: schedule.dueDay,
    periodStart: schedule.periodStart ?? isoDate(planYear, 1, 1),
    periodEnd: schedule.periodEnd ?? isoDate(planYear, 12, 31),
    thresholdPoints: schedule.thresholdPoints,
  };
}
