// The range the person selected, as its cells display: how a 任务分解表 already in the workbook is imported.
import { IMPORT_ERRORS, ImportError } from '../import/import-error';
import type { ExcelHost } from './types';

/**
 * One sync: the selection's displayed texts (`range.text`, so a date reads as shown, not as a serial), with its
 * address (`Sheet1!A1:F30`). @throws ImportError when one cell or less is selected.
 */
export async function readSelectedTable(host: ExcelHost): Promise<{ address: string; cells: string[][] }> {
  return host.run(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load(['text', 'address']);
    await context.sync();
    if (range.text.length < 2) throw new ImportError(IMPORT_ERRORS.emptySelection);
    return { address: range.address, cells: range.text };
  });
}
