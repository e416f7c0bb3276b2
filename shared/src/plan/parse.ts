// The plan alone, for callers that need no warnings: thin wrappers over `readPlan`.
import { PlanParseError } from './parse-error';
import { readPlan, type ReadPlanOptions } from './read';
import type { Plan } from './schema';

export { PlanParseError, type PlanParseErrorCode } from './parse-error';
export { readPlan, type PlanReading, type ReadPlanOptions } from './read';
export type ParseOptions = ReadPlanOptions;

/**
 * The plan of `readPlan`, warnings dropped.
 * @throws PlanParseError when the text is empty or has no numbered tasks.
 */
export function parsePlan(text: string, options: ParseOptions = {}): Plan {
  return readPlan(text, options).plan;
}

/** Like `parsePlan`, but returns the error instead of throwing. */
export function safeParsePlan(
  text: string,
  options: ParseOptions = {},
): { success: true; plan: Plan } | { success: false; error: PlanParseError } {
  try {
    return { success: true, plan: parsePlan(text, options) };
  } catch (error) {
    if (error instanceof PlanParseError) return { success: false, error };
    throw error;
  }
}
