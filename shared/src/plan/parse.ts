// Plan text as scraped (page chrome included) → Plan. Pure: runs in Node, workerd and the browser.
import type { Plan } from './schema';

export class PlanParseError extends Error {
  override name = 'PlanParseError';
}

export interface ParseOptions {
  /** Plan id to use; by default one is derived from the year and title. */
  id?: string;
}

export function parsePlan(text: string, options: ParseOptions = {}): Plan {
  void text;
  void options;
  throw new PlanParseError('not implemented yet');
}
