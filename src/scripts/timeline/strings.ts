import type { Translate } from '../../i18n/index.ts';

/** The interface strings the page passed in data-strings, with {name} placeholders filled as text. */
export function stringsFrom(element: HTMLElement): Translate {
  const strings = JSON.parse(element.dataset['strings'] ?? '{}') as Record<string, string>;
  return (key, values = {}) => (strings[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}
