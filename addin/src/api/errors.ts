// Typed failures of API calls, so the pane can say what went wrong and whether edits are safe.
import type { ErrorCode } from '@plansync/shared';

/** The server answered with `{ error: { code, message, details } }`. */
export class ApiRequestError extends Error {
  override name = 'ApiRequestError';
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details: unknown,
  ) {
    super(message);
  }
}

/** No answer: the network failed, the server is down or CORS refused. Nothing is known to have happened. */
export class NetworkError extends Error {
  override name = 'NetworkError';
}

/** The server answered something that does not match the contract (wrong URL, proxy page, old worker). */
export class ResponseShapeError extends Error {
  override name = 'ResponseShapeError';
}

/** The workbook is not in a state the action can work on. */
export class WorkbookStateError extends Error {
  override name = 'WorkbookStateError';
  constructor(
    /**
     * `not_inserted`: no plan yet; `other_plan_edits`: another plan's sheets hold unsynced edits; `user_sheet`: a sheet
     * with one of our names that the add-in did not write; `sheet_password`: a sheet protected with a password;
     * `restore_failed`: an insert failed and so did putting the sheets back (their copies are kept hidden);
     * `user_log_sheet`: a 变更记录 sheet the add-in did not write.
     */
    readonly reason:
      'not_inserted' | 'other_plan_edits' | 'user_sheet' | 'sheet_password' | 'restore_failed' | 'user_log_sheet',
    message: string,
    /** The sheet concerned, for `user_sheet`, `sheet_password` and `user_log_sheet`; the hidden copy, for `restore_failed`. */
    readonly sheet?: string,
  ) {
    super(message);
  }
}
