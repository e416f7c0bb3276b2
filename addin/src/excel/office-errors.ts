// Every Office error a person can meet, in one place: what it means and what to do, Chinese first, English available.
// Codes from Excel.ErrorCodes and OfficeExtension.ErrorCodes (learn.microsoft.com, "Error handling with the
// application-specific JavaScript APIs"); Office's own English messages are never shown.
import type { Lang } from '../i18n/lang';

/** What went wrong, in terms of what the person can do about it. */
export type OfficeProblem =
  'cellEdit' | 'protected' | 'dialog' | 'tooLarge' | 'network' | 'unsupported' | 'changedMeanwhile' | 'other';

const BY_CODE: Record<string, OfficeProblem> = {
  InvalidOperationInCellEditMode: 'cellEdit',
  AccessDenied: 'protected',
  RequestPayloadSizeLimitExceeded: 'tooLarge',
  ResponsePayloadSizeLimitExceeded: 'tooLarge',
  PayloadTooLarge: 'tooLarge',
  ServiceNotAvailable: 'network',
  RequestAborted: 'network',
  Timeout: 'network',
  ConnectionFailure: 'network',
  ActivityLimitReached: 'network',
  Unauthenticated: 'network',
  ApiNotFound: 'unsupported',
  UnsupportedFeature: 'unsupported',
  UnsupportedOperation: 'unsupported',
  NotImplemented: 'unsupported',
  ItemNotFound: 'changedMeanwhile',
  ItemAlreadyExists: 'changedMeanwhile',
  InvalidReference: 'changedMeanwhile',
  Conflict: 'changedMeanwhile',
};

/** The Office error code of `error` (`RichApi.Error` and the fake's errors carry one), or null. */
export function officeErrorCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  const name = (error as { name?: unknown } | null)?.name;
  return typeof code === 'string' && (name === 'RichApi.Error' || code in BY_CODE) ? code : null;
}

/**
 * Whether Excel refused a request or response as too large: the named codes, or a GeneralException that Excel on the
 * web sometimes reports instead, when the request was large enough (over `suspectBytes`) for size to be the cause.
 */
export function isTooLarge(error: unknown, requestBytes = 0, suspectBytes = 1_000_000): boolean {
  const code = officeErrorCode(error);
  if (code && BY_CODE[code] === 'tooLarge') return true;
  return code === 'GeneralException' && requestBytes > suspectBytes;
}

/** The problem behind an Office error, or null when `error` is not one. */
export function officeProblem(error: unknown): OfficeProblem | null {
  const code = officeErrorCode(error);
  if (code === null) return null;
  const raw = (error as { message?: unknown }).message;
  const message = typeof raw === 'string' ? raw : '';
  if (code === 'GeneralException' || code === 'InvalidOperation') {
    // A modal dialog (Format Cells, Find …) or a busy Excel makes requests fail without a code of their own.
    return /dialog|modal|busy|对话框/i.test(message) || code === 'GeneralException' ? 'dialog' : 'other';
  }
  return BY_CODE[code] ?? 'other';
}

const TEXT: Record<OfficeProblem, { zh: [string, string]; en: [string, string] }> = {
  cellEdit: {
    zh: ['Excel 正在编辑单元格', '请先按 Enter（或点一下别的单元格）结束输入，再点一次按钮。'],
    en: [
      'Excel is editing a cell',
      'Press Enter (or click another cell) to finish typing, then click the button again.',
    ],
  },
  protected: {
    zh: [
      '工作表受保护，无法写入',
      '请在“审阅 › 撤销工作表保护”中取消保护（设了密码时请向设密码的人索取），然后重试。表格里的内容没有改动。',
    ],
    en: [
      'The sheet is protected',
      'Unprotect it (Review › Unprotect Sheet; ask whoever set the password), then try again. Nothing was changed.',
    ],
  },
  dialog: {
    zh: [
      'Excel 暂时无法执行',
      '请关闭 Excel 中打开的对话框（如“设置单元格格式”“查找和替换”），按 Enter 结束正在输入的单元格，然后重试。',
    ],
    en: [
      'Excel cannot do this right now',
      'Close any open Excel dialog (Format Cells, Find and Replace …), press Enter in a cell being edited, then retry.',
    ],
  },
  tooLarge: {
    zh: [
      '数据量超出 Excel 单次处理上限',
      '已分批处理仍超出 Excel 的 5 MB 上限。请重试；仍不成功时请联系管理员。表格中的编辑都在。',
    ],
    en: [
      'Too much data for Excel at once',
      "Even in batches this exceeds Excel's 5 MB limit. Try again; if it still fails, contact the admin. Edits are kept.",
    ],
  },
  network: {
    zh: ['与 Excel 的连接中断', 'Excel（网页版）暂时无法处理请求。表格中的编辑都在，请检查网络后重试。'],
    en: [
      'Lost contact with Excel',
      'Excel could not handle the request for now. Edits are kept; check the network and retry.',
    ],
  },
  unsupported: {
    zh: ['当前 Excel 版本不支持此操作', '请将 Office 更新到最新版本，或改用 Excel 网页版。'],
    en: ['This Excel cannot do that', 'Update Office to the latest version, or use Excel on the web.'],
  },
  changedMeanwhile: {
    zh: [
      '工作表在操作过程中被改动',
      '可能有工作表被重命名或删除。请重试；仍不成功时请点“插入计划”重建表格（未同步的编辑会保留）。',
    ],
    en: [
      'The workbook changed meanwhile',
      'A sheet may have been renamed or deleted. Retry; if it still fails, insert the plan again (unsynced edits are kept).',
    ],
  },
  other: {
    zh: ['Excel 拒绝了这次操作', '请重试；仍不成功时请把错误代码告诉管理员。'],
    en: ['Excel refused this action', 'Try again; if it still fails, tell the admin the error code.'],
  },
};

/** Title and body for an Office error (the code is added to the body for support), or null for other errors. */
export function describeOfficeError(error: unknown, lang: Lang): { title: string; body: string } | null {
  const problem = officeProblem(error);
  if (problem === null) return null;
  const [title, body] = TEXT[problem][lang];
  const code = officeErrorCode(error);
  return { title, body: lang === 'zh' ? `${body}（代码 ${code}）` : `${body} (code ${code})` };
}
