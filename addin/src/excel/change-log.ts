// Writes the 变更记录 sheet (issue 12.6) in a fixed number of syncs: 1 to see which sheets exist, then the writes (1,
// plus one per extra 4.5 MB). A sheet of that name the add-in did not write is the user's and is never touched.
import type { ChangeRow, Plan } from '@plansync/shared';
import { WorkbookStateError } from '../api/errors';
import type { Lang } from '../i18n/lang';
import { CHANGE_LOG_SHEET, changeLogOps } from './change-log-ops';
import { saveSettings } from './meta';
import type { WriteOp } from './ops';
import type { ExcelHost } from './types';
import { writeOps } from './write-ops';

/** Document setting saying the 变更记录 sheet is the add-in's: a sheet of that name without it is the user's. */
const CHANGE_LOG_SETTING = 'plansync.changeLog';

/**
 * Replaces the add-in's 变更记录 sheet (or adds it) with `rows`, and activates it; returns the syncs it took.
 * @param task the task the rows are about, or null for the whole plan (said in the caption).
 * @throws WorkbookStateError `user_log_sheet` when a 变更记录 sheet exists that the add-in did not write.
 */
export async function writeChangeLog(
  host: ExcelHost,
  plan: Plan,
  rows: readonly ChangeRow[],
  task: number | null,
  lang: Lang,
  now = new Date().toISOString(),
): Promise<number> {
  const syncs = await host.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    const exists = sheets.items.some((s) => s.name === CHANGE_LOG_SHEET);
    if (exists && host.settings.get(CHANGE_LOG_SETTING) !== true)
      throw new WorkbookStateError(
        'user_log_sheet',
        `a sheet ${CHANGE_LOG_SHEET} the add-in did not write`,
        CHANGE_LOG_SHEET,
      );
    const before: WriteOp = exists
      ? { kind: 'clearSheet', sheet: CHANGE_LOG_SHEET, validation: false }
      : { kind: 'addSheet', sheet: CHANGE_LOG_SHEET };
    return 1 + (await writeOps(context, [before, ...changeLogOps(plan, rows, task, now, lang)]));
  });
  if (host.settings.get(CHANGE_LOG_SETTING) !== true) {
    host.settings.set(CHANGE_LOG_SETTING, true);
    await saveSettings(host.settings);
  }
  return syncs;
}
