import { describe, expect, it } from 'vitest';
import { FakeOfficeError } from '../excel-fake';
import { describeOfficeError, isTooLarge, officeProblem } from './office-errors';

const richApi = (code: string, message = 'An English message from Office') =>
  Object.assign(new Error(message), { name: 'RichApi.Error', code });

describe('Office errors', () => {
  it.each([
    ['InvalidOperationInCellEditMode', '按 Enter'],
    ['AccessDenied', '撤销工作表保护'],
    ['GeneralException', '关闭 Excel 中打开的对话框'],
    ['RequestPayloadSizeLimitExceeded', '5 MB'],
    ['ResponsePayloadSizeLimitExceeded', '5 MB'],
    ['ServiceNotAvailable', '检查网络后重试'],
    ['RequestAborted', '检查网络后重试'],
    ['ApiNotFound', '更新到最新版本'],
    ['ItemNotFound', '重命名或删除'],
    ['SomethingNew', '把错误代码告诉管理员'],
  ])('says in Chinese what to do about %s, never in Office’s English', (code, advice) => {
    const shown = describeOfficeError(richApi(code), 'zh')!;
    expect(shown.body).toContain(advice);
    expect(shown.body).toContain(code);
    expect(`${shown.title}${shown.body}`).not.toContain('English message');
    expect(describeOfficeError(richApi(code), 'en')!.body).not.toMatch(/[\u4e00-\u9fff]{2}/);
  });

  it('knows the fake’s errors as Office errors and leaves other errors alone', () => {
    expect(officeProblem(new FakeOfficeError('AccessDenied', 'protected'))).toBe('protected');
    expect(describeOfficeError(new Error('plain'), 'zh')).toBeNull();
  });

  it('treats a GeneralException on a large request as too large, and on a small one as a busy Excel', () => {
    expect(isTooLarge(richApi('GeneralException'), 3_000_000)).toBe(true);
    expect(isTooLarge(richApi('GeneralException'), 2_000)).toBe(false);
    expect(isTooLarge(richApi('RequestPayloadSizeLimitExceeded'))).toBe(true);
  });
});
