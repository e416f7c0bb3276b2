// Whether an action may write the 汇总 sheet, and the ops when it may: a sheet of that name the add-in did not write is
// a person's own and is left alone (BRIEF: a workbook is the user's).
import type { Assessment, Writer } from '@plansync/shared';
import type { Lang } from '../i18n/lang';
import { ROLL_UP_SHEET } from '../layout/roll-up-sheet';
import { saveMeta, type WorkbookMeta } from './meta';
import type { WriteOp } from './ops';
import { rollUpOps } from './roll-up-ops';
import type { DocSettings } from './types';

/** `written`: the 汇总 sheet shows the assessment; `user_sheet`: a sheet of that name is a person's, left alone. */
export type RollUpOutcome = 'written' | 'user_sheet';

export interface RollUpWrite {
  /** The ops (for LedgerChanges.more, or an insert's write), given the workbook's sheet names in their order. */
  ops(sheets: readonly string[]): WriteOp[];
  /** What `ops` decided; undefined before it ran. */
  outcome(): RollUpOutcome | undefined;
  /** After the write: what happened, the workbook remembering that the sheet is its own. */
  finish(settings: DocSettings, meta: WorkbookMeta): Promise<RollUpOutcome | undefined>;
}

/** `ours`: the workbook's settings say the add-in wrote the 汇总 sheet (`WorkbookMeta.rollUpSheet`). */
export function rollUpWrite(assessment: Assessment, me: Writer, lang: Lang, ours: boolean): RollUpWrite {
  let outcome: RollUpOutcome | undefined;
  return {
    ops(sheets) {
      const position = sheets.indexOf(ROLL_UP_SHEET);
      if (position >= 0 && !ours) {
        outcome = 'user_sheet';
        return [];
      }
      outcome = 'written';
      return rollUpOps(assessment, me, lang, { position: position >= 0 ? position : null });
    },
    outcome: () => outcome,
    async finish(settings, current) {
      if (outcome === 'written' && !current.rollUpSheet) await saveMeta(settings, { ...current, rollUpSheet: true });
      return outcome;
    },
  };
}
