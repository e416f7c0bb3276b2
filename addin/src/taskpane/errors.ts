// Typed errors → what the person reads in the MessageBar; unknown errors still show their message.
import { TableImportError } from '@plansync/shared';
import { ApiRequestError, NetworkError, ResponseShapeError, WorkbookStateError } from '../api/errors';
import { describeOfficeError } from '../excel/office-errors';
import { ImportError } from '../import/import-error';
import type { Lang } from '../i18n/lang';
import { t } from '../i18n/messages';

export interface ShownError {
  title: string;
  body: string;
}

export function describeError(error: unknown, lang: Lang): ShownError {
  if (error instanceof NetworkError) return { title: t(lang, 'networkTitle'), body: t(lang, 'networkBody') };
  if (error instanceof ApiRequestError)
    return { title: `${t(lang, 'errorTitle')} (${error.status} ${error.code})`, body: error.message };
  if (error instanceof ResponseShapeError)
    return { title: t(lang, 'errorTitle'), body: `${t(lang, 'shapeBody')} ${error.message}` };
  if (error instanceof WorkbookStateError) {
    const key = {
      not_inserted: 'notInserted',
      other_plan_edits: 'otherPlanEdits',
      user_sheet: 'userSheet',
      sheet_password: 'sheetPassword',
      restore_failed: 'restoreFailed',
      user_log_sheet: 'userLogSheet',
    } as const;
    return { title: t(lang, 'errorTitle'), body: t(lang, key[error.reason], { sheet: error.sheet ?? '' }) };
  }
  if (error instanceof ImportError || error instanceof TableImportError)
    return { title: t(lang, 'importTitle'), body: error.text[lang] };
  const office = describeOfficeError(error, lang);
  if (office) return office;
  return { title: t(lang, 'errorTitle'), body: error instanceof Error ? error.message : String(error) };
}
