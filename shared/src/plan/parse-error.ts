// The one refusal the parser has: a text with nothing to track (empty, or no numbered tasks).

export type PlanParseErrorCode = 'empty' | 'no_tasks' | 'invalid';

/** The text is not a plan this parser can read; the message says what was missing (Chinese, then English). */
export class PlanParseError extends Error {
  override name = 'PlanParseError';
  constructor(
    readonly code: PlanParseErrorCode,
    message: string,
  ) {
    super(message);
  }
}
