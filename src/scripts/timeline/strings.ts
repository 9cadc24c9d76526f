import type { Language } from '../../lib/dates/format-date.ts';
import { formatMessage, type Messages } from '../../i18n/format-message.ts';
import type { Translate } from '../../i18n/index.ts';

/** The interface strings the page passed in data-strings, formatted as on the server (plural forms included). */
export function stringsFrom(element: HTMLElement): Translate {
  const messages = JSON.parse(element.dataset['strings'] ?? '{}') as Messages;
  const language: Language = element.dataset['lang'] === 'en' ? 'en' : 'vi';
  return (key, values) => formatMessage(messages, language, key, values);
}
