import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { en } from '../../../src/i18n/en.ts';
import { formatMessage } from '../../../src/i18n/format-message.ts';
import { useTranslations } from '../../../src/i18n/index.ts';
import { vi } from '../../../src/i18n/vi.ts';

describe('plural forms, by Intl.PluralRules', () => {
  test.each([
    ['en', 1, '1 event'],
    ['en', 0, '0 events'],
    ['en', 2, '2 events'],
    ['en', 21, '21 events'],
    ['vi', 1, '1 sự kiện'],
    ['vi', 5, '5 sự kiện'],
  ] as const)('%s, %i: "%s"', (language, n, text) => {
    expect(useTranslations(language)('events.count', { n })).toBe(text);
  });
  test('a form is chosen only by a numeric n; other placeholders are filled as text', () => {
    expect(useTranslations('en')('list.more', { n: 1, remaining: 4 })).toBe('Show 1 more event (4 left)');
    expect(useTranslations('en')('list.more', { n: 100, remaining: 1 })).toBe('Show 100 more events (1 left)');
    expect(formatMessage({ a: '{n} x', a_one: 'one x' }, 'en', 'a', { n: '1' })).toBe('1 x');
  });
  test('a placeholder without a value stays visible, so a missing value is seen', () => {
    expect(formatMessage({ a: 'Hi {name}' }, 'en', 'a')).toBe('Hi {name}');
  });
  test("every plural form has the key it is a form of, and English writes one for each count string", () => {
    for (const key of Object.keys(en).filter((k) => k.endsWith('_one'))) expect(Object.keys(vi)).toContain(key.replace(/_one$/, ''));
    const counted = Object.entries(en).filter(([key, text]) => !key.endsWith('_one') && /\{n\} (?:events|files)\b|\{n\} more events/.test(text)).map(([key]) => key);
    // A cluster always holds two events or more; the list has pages only past 500 events.
    const neverOne = ['timeline.cluster', 'timeline.clusterStarred', 'list.allPages', 'list.pagesIntro'];
    expect(counted.filter((key) => !(`${key}_one` in en) && !neverOne.includes(key))).toEqual([]);
  });
});

describe('every interface string is read somewhere', () => {
  const files = (dir: string): string[] => readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
  const source = files('src').filter((path) => !path.startsWith(join('src', 'i18n'))).map((path) => readFileSync(path, 'utf8')).join('\n');
  // Keys read through a template (`offline.${key}`) count by their prefix.
  const prefixes = [...source.matchAll(/[`'"]([a-z]+\.)\$\{/g)].map((m) => m[1]!);
  test.each(Object.keys(vi))('%s', (key) => {
    const read = source.includes(`'${key}'`) || source.includes(`"${key}"`) || source.includes(`\`${key}\``) || prefixes.some((prefix) => key.startsWith(prefix));
    expect(read, `${key} is in src/i18n but nothing reads it: remove it from vi.ts and en.ts`).toBe(true);
  });
});
