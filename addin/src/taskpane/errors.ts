// Typed errors → what the person reads in the MessageBar; unknown errors still show their message.
import { ApiRequestError, NetworkError, ResponseShapeError, WorkbookStateError } from '../api/errors';
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
    return {
      title: t(lang, 'errorTitle'),
      body: t(lang, error.reason === 'not_inserted' ? 'notInserted' : 'otherPlanEdits'),
    };
  }
  const code = (error as { code?: unknown })?.code;
  const message = error instanceof Error ? error.message : String(error);
  return { title: t(lang, 'errorTitle'), body: typeof code === 'string' ? `${code}: ${message}` : message };
}
