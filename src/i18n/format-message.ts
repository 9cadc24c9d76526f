import type { Language } from '../lib/dates/format-date.ts';

/** A language's interface strings by key, plural forms (`key_one`) included. */
export type Messages = Readonly<Record<string, string>>;

/**
 * The string for `key` with its {name} placeholders filled in as text. When `values.n` is a
 * count, Intl.PluralRules picks the form: `key_one` where the language says "one" and the
 * strings have it ("1 event"), else `key` ("3 events"). Server pages and browser scripts both
 * format through here, so a string reads the same on either side.
 */
export function formatMessage(messages: Messages, language: Language, key: string, values: Readonly<Record<string, string | number>> = {}): string {
  const count = values['n'];
  const form = typeof count === 'number' ? messages[`${key}_${pluralRules(language).select(count)}`] : undefined;
  return (form ?? messages[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

const rules = new Map<Language, Intl.PluralRules>();
function pluralRules(language: Language): Intl.PluralRules {
  let rule = rules.get(language);
  if (!rule) rules.set(language, (rule = new Intl.PluralRules(language)));
  return rule;
}
