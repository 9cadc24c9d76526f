import type { UiKey } from '../../i18n/vi.ts';

/** The interface strings the page passed in data-strings, with {name} placeholders filled as text. */
export function stringsFrom(element: HTMLElement): (key: UiKey, values?: Record<string, string | number>) => string {
  const strings = JSON.parse(element.dataset['strings'] ?? '{}') as Record<string, string>;
  return (key, values = {}) => (strings[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}
