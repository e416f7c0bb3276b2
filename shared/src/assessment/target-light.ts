// One target judged: its 完成率 (direction-aware) and its light, from the latest figure and 序时进度.
import { z } from 'zod';
import type { Target } from '../plan/schema';
import { paceLight, LightSchema, type Light } from './lights';

/**
 * How a target is judged (BRIEF): `cumulative` counts (引进50名) against 序时进度; a `floor` level or rate (比例80%以上)
 * against its value directly; a `cap` (控制在4.5%以内) is met while the figure stays within it.
 */
export const TargetBasisSchema = z.enum(['cumulative', 'floor', 'cap']);
export type TargetBasis = z.infer<typeof TargetBasisSchema>;

export const TargetAssessmentSchema = z.object({
  targetId: z.string(),
  task: z.number().int().positive(),
  /**
   * Figure ÷ goal (1 = complete; above 1 = exceeded); a range is 1 anywhere within it, a cap within bounds is 1 and
   * cap ÷ figure above it. Null without a figure.
   */
  completion: z.number().nonnegative().nullable(),
  light: LightSchema,
  basis: TargetBasisSchema,
  /** What the office should know about how it was judged (a range complete at its lower end, a cap). */
  note: z.object({ zh: z.string(), en: z.string() }).nullable(),
});
export type TargetAssessment = z.infer<typeof TargetAssessmentSchema>;

const LEVEL_METRIC = /率|比例|比重|占比/;

/** Levels and rates are not cumulative (BRIEF: a % target is usually a level). */
export function basisOf(target: Pick<Target, 'direction' | 'unit' | 'metric'>): TargetBasis {
  if (target.direction === 'at_most') return 'cap';
  return /[%％‰]/.test(target.unit) || LEVEL_METRIC.test(target.metric) ? 'floor' : 'cumulative';
}

function noteOf(target: Target, basis: TargetBasis): TargetAssessment['note'] {
  if (basis === 'cap') {
    return {
      zh: `控制在${target.max}${target.unit}以内：不超出即达标`,
      en: `A cap of ${target.max}${target.unit}: met while the figure stays within it`,
    };
  }
  if (target.min < target.max) {
    return {
      zh: `区间${target.min}–${target.max}${target.unit}：达到${target.min}即完成`,
      en: `A range ${target.min}–${target.max}: complete at ${target.min}`,
    };
  }
  return null;
}

/**
 * Figure ÷ goal for a floor: a range is complete anywhere within it (1 from 5 to 8 for 5–8, BRIEF: not 120% at 6) and
 * exceeded only beyond its upper end (9 → 9/8).
 */
function completionOf(target: Target, value: number): number {
  if (value < target.min) return value / target.min;
  if (value <= target.max) return 1;
  return target.max > 0 ? value / target.max : 1;
}

/**
 * Judge one target. `value` is its latest figure (cumulative for the year), undefined when none was reported;
 * `elapsed` the 序时进度 (0–1) at the judging date. A range 5–8 is complete at 5 (completion 1, not 1.2 at 6);
 * a cumulative target with nothing elapsed yet is `none` unless already complete.
 */
export function assessTarget(
  target: Target,
  value: number | undefined,
  elapsed: number,
  thresholdPoints: number,
): TargetAssessment {
  const basis = basisOf(target);
  const base = { targetId: target.id, task: target.task, basis, note: noteOf(target, basis) };
  if (value === undefined) return { ...base, completion: null, light: 'none' };
  if (basis === 'cap') {
    const within = value <= target.max;
    return { ...base, completion: within ? 1 : target.max / value, light: within ? 'green' : 'red' };
  }
  const completion = completionOf(target, value);
  let light: Light;
  if (basis === 'floor') light = paceLight(Math.min(completion, 1), 1, thresholdPoints);
  else if (completion >= 1) light = 'done';
  else light = elapsed > 0 ? paceLight(completion, elapsed, thresholdPoints) : 'none';
  return { ...base, completion, light };
}
