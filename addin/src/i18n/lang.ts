// Which language the pane and the sheet headers use: Chinese unless Office says the person reads English.
import type { Lang } from '@plansync/shared';

export type { Lang };

/** Office's display language (`en-US`, `zh-CN` …) → the language we show. */
export function langFromDisplayLanguage(displayLanguage: string | undefined): Lang {
  return displayLanguage?.toLowerCase().startsWith('en') ? 'en' : 'zh';
}
