import type { Language } from '../lib/dates/format-date.ts';
import { articlesFolder } from '../lib/site/passage-href.ts';
import { en } from './en.ts';
import { formatMessage, type Messages } from './format-message.ts';
import { vi, type UiKey } from './vi.ts';

const dictionaries: Record<Language, Messages> = { vi, en };

/** Every interface string of a language, plural forms included, as written: for pages that hand them to a browser script. */
export const messagesOf = (language: Language): Messages => dictionaries[language];

/** An interface string by key, its {name} placeholders filled in as text: on the server (useTranslations) and in the browser (stringsFrom). */
export type Translate = (key: UiKey, values?: Record<string, string | number>) => string;

/** t('events.count', { n: 3 }) in the page's language; {name} placeholders are filled in as text. */
export function useTranslations(language: Language): Translate {
  return (key, values) => formatMessage(dictionaries[language], language, key, values);
}

export function languageOf(locale: string | undefined): Language {
  return locale === 'en' ? 'en' : 'vi';
}

/** Where the same page lives in the other language: "/articles/x/" ↔ "/en/articles/x/". */
export function otherLanguagePath(path: string, language: Language): string {
  return language === 'en' ? path.replace(/^\/en\//, '/') : `/en${path}`;
}

/** The home page and the article list in a language: "/" and "/articles/", or under "/en/". */
export const homePath = (language: Language) => (language === 'en' ? '/en/' : '/');
export const articlesPath = (language: Language) => articlesFolder(homePath(language));
