// Opening our sheets for writing inside the read sync that already happens, and closing them again on every path.
// Each sheet's `protection.protected` is loaded, then the sheet is unprotected in the same request (Excel makes that a
// no-op on an unprotected sheet). A sheet a person protected with a password makes that read fail before anything is
// written or sent; the sheets opened by then are protected again and the person is told which sheet it is.
import { WorkbookStateError } from '../api/errors';
import { officeErrorCode } from './office-errors';
import type { XlContext } from './types';

export interface OpenedSheets {
  /** Which of the sheets were protected before (all of them when the read had to be retried in chunks). */
  wasProtected(): string[];
}

/** Queues, for each sheet, a load of `protected` and then an unprotect; results come with the next sync. */
export function queueOpen(context: XlContext, sheets: readonly string[]): OpenedSheets {
  const protections = sheets.map((name) => {
    const protection = context.workbook.worksheets.getItem(name).protection;
    protection.load('protected');
    protection.unprotect();
    return [name, protection] as const;
  });
  return {
    wasProtected: () => {
      try {
        return protections.filter(([, p]) => p.protected).map(([name]) => name);
      } catch {
        // The first read was refused as too large and retried in chunks: its loads never came back.
        return [...sheets];
      }
    },
  };
}

/** Protects `sheets` again (they were opened by `queueOpen`), e.g. when an action stops after its read. */
export async function closeAgain(context: XlContext, sheets: readonly string[]): Promise<void> {
  if (!sheets.length) return;
  for (const name of sheets) context.workbook.worksheets.getItem(name).protection.protect(PROTECT_OPTIONS);
  await context.sync();
}

/**
 * How our sheets are protected: sorting, filtering and formatting allowed. Marks (fills) change while a person types;
 * re-protecting each time would clear their undo stack.
 */
export const PROTECT_OPTIONS = {
  allowAutoFilter: true,
  allowSort: true,
  allowFormatColumns: true,
  allowFormatRows: true,
  allowFormatCells: true,
};

/**
 * After the read that opens `sheets` failed: when a sheet is still protected, its password refused the unprotect; the
 * sheets opened before it are protected again and a WorkbookStateError names it. Any other failure is rethrown.
 */
export async function explainOpenFailure(
  context: XlContext,
  sheets: readonly string[],
  error: unknown,
): Promise<never> {
  // A wrong or missing password is refused as AccessDenied (or InvalidArgument); anything else ran nothing of ours.
  if (!['AccessDenied', 'InvalidArgument', 'InvalidOperation'].includes(officeErrorCode(error) ?? '')) throw error;
  const protections = sheets.map((name) => {
    const protection = context.workbook.worksheets.getItem(name).protection;
    protection.load('protected');
    return [name, protection] as const;
  });
  await context.sync();
  const locked = protections.find(([, p]) => p.protected)?.[0];
  if (locked === undefined) throw error;
  // Our sheets are always protected between actions, so those now open were opened by this read.
  await closeAgain(
    context,
    protections.filter(([, p]) => !p.protected).map(([name]) => name),
  );
  throw new WorkbookStateError('sheet_password', `sheet ${locked} is protected with a password`, locked);
}
