// The 404 thrown for a plan that does not exist, named in the message.
import { ApiFailure } from './api-failure';

export const planNotFound = (planId: string) =>
  new ApiFailure(404, 'not_found', { zh: `找不到工作要点“${planId}”。`, en: `There is no plan "${planId}".` });
