// The range the person selected, as its cells display: how a 任务分解表 already in the workbook is imported.
import { clipToUsed } from '../import/clip';
import { IMPORT_ERRORS, ImportError } from '../import/import-error';
import type { ExcelHost } from './types';

/**
 * The selection's displayed texts (`range.text`, so a date reads as shown, not as a serial), with its address.
 * Two syncs: the selection's and the used range's addresses, then the texts of their intersection only (a person
 * who selects whole columns must not make Excel send a million empty rows).
 * @throws ImportError when less than two rows of the used range are selected.
 */
export async function readSelectedTable(host: ExcelHost): Promise<{ address: string; cells: string[][] }> {
  return host.run(async (context) => {
    const selected = context.workbook.getSelectedRange();
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    const used = sheet.getUsedRange(true);
    selected.load('address');
    used.load('address');
    await context.sync();
    const address = clipToUsed(selected.address, used.address);
    if (!address) throw new ImportError(IMPORT_ERRORS.emptySelection);
    const range = sheet.getRange(address);
    range.load('text');
    await context.sync();
    if (range.text.length < 2) throw new ImportError(IMPORT_ERRORS.emptySelection);
    return { address, cells: range.text };
  });
}
