import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import type { ExportContext } from '../../src/lib/exports/export-event.ts';
import { toCsv } from '../../src/lib/exports/to-csv.ts';
import { toIcs } from '../../src/lib/exports/to-ics.ts';
import { toTimelineJs } from '../../src/lib/exports/to-timelinejs.ts';
import { curatedMarkdown } from '../../src/lib/importer/curated-markdown.ts';
import { fromTimelineJsJson, fromTimelineJsRows, htmlToText } from '../../src/lib/importer/from-timelinejs.ts';
import { articleFile, corpusOf, importedFixture, SEED_SUMMIT, SEED_VIDEO_CONFERENCE } from './corpus-helpers.ts';

const seeds = corpusOf(articleFile('summit', importedFixture(SEED_SUMMIT)), articleFile('video', importedFixture(SEED_VIDEO_CONFERENCE)));
const hostile = { id: '2021-01-01-x', title: 'A "quoted", <b>bold</b>; title\nwith a break', summary: 'Commas, "quotes"; semicolons \\ and <script>', start: '2021-01-01', precision: 'day' as const, dateText: 'ngày 1/1', dateInferred: false, themes: ['security'], sources: [{ article: 'a', paragraph: 1, sentence: 'Câu <img src=x>' }] };
const events = [...seeds.events, hostile];
const context: ExportContext = { themes: seeds.themes, passageUrl: (a, p) => `https://example.org/articles/${a}/#p-${p}`, generated: '2023-11-14T22:13:20.000Z' };

describe('events.csv, read by a CSV parser', () => {
  const text = toCsv(events, context);
  test('UTF-8 with a byte-order mark, for spreadsheet programs', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
  });
  test('one row per event, themes and sources in columns, text intact', () => {
    const { data, errors } = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
    expect(errors).toEqual([]);
    expect(data).toHaveLength(events.length);
    const summit = data.find((r) => r['start'] === '2021-10-28')!;
    expect(summit['title']).toBe('Hội nghị Cấp cao ASEAN-Nga lần thứ 4');
    expect(summit['themes']!.split(' | ')).toEqual(expect.arrayContaining(['vaccines', 'security', 'economy']));
    expect(summit['source_links']).toBe('https://example.org/articles/summit/#p-2');
    expect(summit['date_inferred']).toBe('true');
    const odd = data.find((r) => r['id'] === hostile.id)!;
    expect(odd['title']).toBe(hostile.title);
    expect(odd['summary']).toBe(hostile.summary);
    expect(data.find((r) => r['start'] === '2021')!['end']).toBe('2025');
  });
});

describe('events.ics, read by ical.js', () => {
  const calendar = new ICAL.Component(ICAL.parse(toIcs(events, context)));
  const vevents = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const byUid = (id: string) => vevents.find((v) => v.uid === `${id}@bien-nien-asean-nga`)!;
  test('one all-day event per event, with stable UIDs', () => {
    expect(vevents).toHaveLength(events.length);
    expect(new Set(vevents.map((v) => v.uid)).size).toBe(events.length);
  });
  test.each([
    ['2021-10-28', '2021-10-28', '2021-10-29'],
    ['2021', '2021-01-01', '2026-01-01'], // the 2021–2025 plan: a multi-day range
    ['2022', '2022-01-01', '2023-01-01'],
  ])('%s runs from %s to %s (end exclusive)', (start, from, to) => {
    const event = byUid(events.find((e) => e.start === start)!.id);
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe(from);
    expect(event.endDate.toString()).toBe(to);
  });
  test('titles and descriptions come back exactly, with the source links', () => {
    const odd = byUid(hostile.id);
    expect(odd.summary).toBe(hostile.title);
    expect(odd.description).toContain(hostile.summary);
    expect(odd.description).toContain('https://example.org/articles/a/#p-1');
    expect(byUid(events.find((e) => e.start === '2021-10-28')!.id).summary).toBe('Hội nghị Cấp cao ASEAN-Nga lần thứ 4');
  });
});

describe('timeline3.json', () => {
  const file = toTimelineJs(events, context, { headline: 'Biên niên', text: 'Dòng thời gian' });
  test('dates by precision, headline, text with the source link, group = theme', () => {
    const plan = file.events.find((e) => e.start_date.year === 2021 && !e.start_date.month)!;
    expect(plan).toMatchObject({ start_date: { year: 2021 }, end_date: { year: 2025 }, group: 'Ngoại giao' });
    const summit = file.events.find((e) => e.start_date.day === 28)!;
    expect(summit.start_date).toEqual({ year: 2021, month: 10, day: 28, display_date: 'Chiều 28/10' });
    expect(summit.text.text).toContain('<a href="https://example.org/articles/summit/#p-2">');
  });
  test('article text is escaped into its HTML', () => {
    const odd = file.events.find((e) => e.unique_id === hostile.id)!;
    expect(odd.text.headline).not.toContain('<b>');
    expect(odd.text.text).not.toMatch(/<script|<img/);
    // and an import reads it back as the same text
    expect(htmlToText(odd.text.headline)).toBe(hostile.title);
  });
  test.each([
    ['named accents', 'Caf&eacute; &agrave; H&agrave; N&ocirc;i', 'Café à Hà Nôi'],
    ['decimal and hex references', 'Vi&#7879;t Nam &#x2013; Nga', 'Việt Nam – Nga'],
    ['entities the old table lacked', '&euro;5 &times; 2 &copy; TASS', '€5 × 2 © TASS'],
    ['markup is dropped, an escaped tag stays text', '<p>Xin <b>ch&agrave;o</b></p>&lt;b&gt;', 'Xin chào <b>'],
    ['an unknown name stays as written', '&zzz; ok', '&zzz; ok'],
  ])('TimelineJS HTML to text: %s', (_name, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
  test('round trip: export, import into a fresh content folder, build: the same events', () => {
    const imported = fromTimelineJsJson(JSON.parse(JSON.stringify(toTimelineJs(seeds.events, context, { headline: 'Biên niên', text: '' }))), seeds.themes);
    expect(imported.problems).toEqual([]);
    const again = corpusOf(articleFile('timeline', curatedMarkdown(imported, 'timeline')));
    expect(again.problems).toEqual([]);
    const shape = (list: typeof seeds.events) => list.map((e) => ({ id: e.id, title: e.title, start: e.start, end: e.end, precision: e.precision, themes: e.themes }));
    expect(shape(again.events)).toEqual(shape(seeds.events));
  });
});

describe('import from TimelineJS files written to its documented format', () => {
  const themes = seeds.themes;
  test('JSON: title slide, dates by precision, eras as ranges, groups to themes', () => {
    const imported = fromTimelineJsJson(JSON.parse(readFileSync('tests/fixtures/timelinejs/eras-and-years.json', 'utf8')), themes, { Summits: 'diplomacy' });
    expect(imported.problems).toEqual([]);
    expect(imported.title).toBe('Quan hệ ASEAN – Nga qua các mốc');
    expect(imported.events.map((e) => [e.start, e.end, e.precision, e.themes])).toEqual([
      ['1991-07', undefined, 'month', ['diplomacy']],
      ['1996', undefined, 'year', ['diplomacy']],
      ['2005-12-13', undefined, 'day', ['diplomacy']],
      ['2020-06-17', undefined, 'day', ['vaccines']],
      ['2016', '2020', 'year', []],
    ]);
    expect(imported.events[0]!.text).toBe('Bắt đầu quan hệ đối thoại & hợp tác.');
    const corpus = corpusOf(articleFile('moc', curatedMarkdown(imported, 'moc')));
    expect(corpus.problems).toEqual([]);
    expect(corpus.events).toHaveLength(5);
    expect(corpus.events.find((e) => e.start === '2016')!.themes.length).toBeGreaterThan(0);
  });

  test('the spreadsheet template (CSV)', () => {
    const rows = Papa.parse<Record<string, string>>(readFileSync('tests/fixtures/timelinejs/template.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;
    const imported = fromTimelineJsRows(rows, themes);
    expect(imported.problems).toEqual([]);
    expect(imported.title).toBe('ASEAN – Russia, a classroom timeline');
    expect(imported.events.map((e) => [e.title, e.start, e.end, e.themes])).toEqual([
      ['4th ASEAN-Russia Summit', '2021-10-28', undefined, ['security']],
      ['Year of Scientific and Technical Cooperation', '2022', undefined, ['science']],
      ['Comprehensive Plan of Action 2021-2025', '2021', '2025', []],
      ['Trade forum', '2019-03', undefined, ['economy']],
    ]);
    expect(imported.events[3]!.text).toBe('Energy & trade');
  });

  test('BCE years are refused with a clear message, naming the event', () => {
    const imported = fromTimelineJsJson(JSON.parse(readFileSync('tests/fixtures/timelinejs/bce.json', 'utf8')), themes);
    expect(imported.problems).toEqual(['events[0] "Một mốc trước Công nguyên": the start date cannot be read: year -500 is before the common era, which this timeline does not place (years 1–9999)']);
  });

  test('an unknown group is reported, and the event kept', () => {
    const imported = fromTimelineJsJson({ events: [{ start_date: { year: 2001 }, text: { headline: 'X' }, group: 'Thể thao' }] }, themes);
    expect(imported.events).toHaveLength(1);
    expect(imported.notes[0]).toContain('group "Thể thao" matches no theme');
  });
});
