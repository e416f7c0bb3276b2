// Text for people: Chinese first, English available (the brief: staff read Chinese; codes stay English).

export type Lang = 'zh' | 'en';

/** A message in both languages, rendered once the reader's language is known. */
export interface Localized {
  zh: string;
  en: string;
}

/** Every language, Chinese first (the default when a reader states none). */
export const LANGS: readonly Lang[] = ['zh', 'en'];
