// Messages for people: Chinese first, English when the caller prefers it.
import type { Lang } from '@plansync/shared';

export const LANGS: readonly Lang[] = ['zh', 'en'];

/** A message in both languages; rendered once the request's language is known. */
export interface Localized {
  zh: string;
  en: string;
}

export const localize = (text: Localized, lang: Lang) => text[lang];
