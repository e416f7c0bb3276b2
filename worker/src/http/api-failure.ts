// The one exception type routes throw; `renderError` turns it into `{ error: { code, message, details } }`.
import type { ErrorCode, ErrorDetails, Localized } from '@plansync/shared';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

const DEFAULT_MESSAGES: Record<ErrorCode, Localized> = {
  unauthorized: { zh: '缺少或无效的访问令牌。', en: 'Missing or invalid access token.' },
  forbidden: { zh: '无权执行此操作。', en: 'You are not allowed to do this.' },
  not_found: { zh: '找不到请求的资源。', en: 'The requested resource does not exist.' },
  invalid_request: { zh: '请求内容有误。', en: 'The request is invalid.' },
  invalid_plan: { zh: '工作要点内容无法识别。', en: 'The plan could not be read.' },
  payload_too_large: { zh: '请求内容过大。', en: 'The request body is too large.' },
  not_acceptable: { zh: '不支持请求的内容类型。', en: 'The requested content type is not supported.' },
  rate_limited: { zh: '服务繁忙，请稍后重试。', en: 'The service is busy; please retry shortly.' },
  internal: { zh: '服务器内部错误，请稍后重试。', en: 'Internal server error; please retry shortly.' },
};

export class ApiFailure extends HTTPException {
  override name = 'ApiFailure';
  readonly localized: Localized;

  /**
   * @example throw new ApiFailure(404, 'not_found', { zh: '找不到工作要点 x。', en: 'No plan x.' });
   */
  constructor(
    status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message?: Localized,
    readonly details: ErrorDetails = null,
    readonly headers: Record<string, string> = {},
  ) {
    const localized = message ?? DEFAULT_MESSAGES[code];
    super(status, { message: localized.en });
    this.localized = localized;
  }
}

/** The default message of a code, for errors raised by Hono's own middleware. */
export const defaultMessage = (code: ErrorCode): Localized => DEFAULT_MESSAGES[code];
