import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { extractRawArticles } from '../../../src/cli/extract-raw.ts';
import { toEventsJson } from '../../../src/lib/events/to-events-json.ts';

/**
 * chrono's own English test cases (tests/fixtures/chrono-en/cases.json, harvested by
 * scripts/harvest-chrono-cases.mjs) driven through the path `npm run extract` takes: raw text,
 * the import, the article file, the build, with `published` the day chrono's test reads from.
 */

type Category = 'absolute-day' | 'month' | 'range' | 'weekday' | 'relative';
interface ChronoCase { id: string; file: string; text: string; reference: string | null; dateOrder: 'dmy' | 'mdy'; start: string; end?: string; category: Category }
interface PolicyReading { start?: string; end?: string; none?: boolean; why: string }

const read = <T,>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const harvest = read<{ source: { repository: string; licence: string }; cases: ChronoCase[]; negatives: Array<{ id: string; text: string }> }>('tests/fixtures/chrono-en/cases.json');
const policy = read<{ cases: Record<string, PolicyReading> }>('tests/fixtures/chrono-en/news-policy.json').cases;
const encoder = new TextEncoder();

// A lone date line is a publication stamp to the import, and a short capitalised one a byline:
// the case text follows a sentence of its own, so it stays in the body as chrono wrote it.
const articleText = (id: string, text: string) => `Chrono case ${id}\n\nOne of the test cases of chrono, the date parser, reads as follows. ${text}\n`;
// An outlet that writes numerals day first, for chrono's GB cases (the address sets the order).
const DAY_FIRST_URL = 'https://www.bbc.co.uk/news/chrono-case';

function extract(c: { id: string; text: string; reference?: string | null; dateOrder?: 'dmy' | 'mdy' }) {
  const options = { published: c.reference ?? undefined, url: c.dateOrder === 'dmy' ? DAY_FIRST_URL : undefined };
  return extractRawArticles([{ name: `${c.id}.txt`, bytes: encoder.encode(articleText(c.id, c.text)) }], options).corpus;
}

const dates = (c: ChronoCase) => extract(c).events.map((e) => ({ start: e.start, end: e.end }));
const results = harvest.cases.map((c) => ({ c, got: dates(c), reading: policy[c.id] }));
const found = (got: ReadonlyArray<{ start: string; end?: string | undefined }>, start?: string, end?: string) => got.some((d) => d.start === start && d.end === end);
const passes = ({ got, reading, c }: (typeof results)[number]) =>
  reading?.none ? got.length === 0 : found(got, reading?.start ?? c.start, reading ? reading.end : c.end);

describe(`chrono's English test cases (${harvest.source.repository}, ${harvest.source.licence})`, () => {
  test.each(results.map((r) => [r.c.id, r.c.text, r] as const))('%s %j', (_id, _text, r) => {
    const expected = r.reading?.none ? [] : [{ start: r.reading?.start ?? r.c.start, end: r.reading ? r.reading.end : r.c.end }];
    if (r.reading?.none) expect(r.got).toEqual(expected);
    else expect(r.got).toContainEqual(expected[0]);
  });

  test('pass rates: ≥ 95% overall and ≥ 90% in each category', () => {
    const categories = [...new Set(results.map((r) => r.c.category))].sort();
    const row = (name: string, rs: typeof results) => {
      const asChrono = rs.filter((r) => found(r.got, r.c.start, r.c.end)).length;
      const asNews = rs.filter(passes).length;
      return { category: name, cases: rs.length, 'as chrono': pct(asChrono, rs.length), 'news policy': pct(asNews, rs.length), 'read otherwise': rs.filter((r) => r.reading).length, rate: asNews / rs.length };
    };
    const table = [...categories.map((cat) => row(cat, results.filter((r) => r.c.category === cat))), row('all', results)];
    console.log(`chrono's English cases through npm run extract's path (news policy: the readings of news-policy.json)\n${formatTable(table)}`);
    expect(results.length).toBeGreaterThanOrEqual(200);
    for (const r of table) expect(r.rate, r.category).toBeGreaterThanOrEqual(r.category === 'all' ? 0.95 : 0.9);
  });

  test.each(harvest.negatives.map((n) => [n.id, n.text] as const))("no event from chrono's negative case %s %j", (id, text) => {
    expect(extract({ id, text }).events).toEqual([]);
  });

  test('every reading of the news policy names a harvested case and says why', () => {
    const ids = new Set(harvest.cases.map((c) => c.id));
    for (const [id, reading] of Object.entries(policy)) {
      expect(ids.has(id), id).toBe(true);
      expect(reading.why.length, id).toBeGreaterThan(20);
    }
  });
});

describe('npm run extract gives what the library path gives', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chrono-case-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const picks = ['en_month_name_middle_endian:66', 'en_relative:40', 'en:57'].map((id) => harvest.cases.find((c) => c.id === id)!);

  test.each(picks.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const file = join(dir, `${c.id.replace(/\W/g, '-')}.txt`);
    writeFileSync(file, articleText(c.id, c.text));
    const args = ['tsx', 'src/cli/extract.ts', file, ...(c.reference ? ['--published', c.reference] : []), ...(c.dateOrder === 'dmy' ? ['--url', DAY_FIRST_URL] : [])];
    // The same Node as this test run, whichever is first on the machine's PATH.
    const run = spawnSync('npx', args, { encoding: 'utf8', env: { ...process.env, PATH: `${dirname(process.execPath)}:${process.env['PATH']}` } });
    expect(run.status, run.stderr).toBe(0);
    const cli = JSON.parse(run.stdout) as { events: Array<{ start: string; end: string | null; dateText: string; inference: unknown }> };
    const library = toEventsJson(extract({ ...c, id: c.id.replace(/\W/g, '-') }), { base: '/', generated: 'extract' });
    const pick = (events: typeof cli.events) => events.map(({ start, end, dateText, inference }) => ({ start, end, dateText, inference }));
    expect(pick(cli.events)).toEqual(pick(library.events));
    expect(cli.events.some((e) => e.start === c.start)).toBe(true);
  }, 60_000);
});

const pct = (n: number, of: number) => `${n}/${of} ${((100 * n) / of).toFixed(1)}%`;

function formatTable(rows: Array<Record<string, string | number>>): string {
  const columns = Object.keys(rows[0]!).filter((k) => k !== 'rate');
  const width = (k: string) => Math.max(k.length, ...rows.map((r) => String(r[k]).length));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(width(columns[i]!))).join('  ');
  return [line(columns), ...rows.map((r) => line(columns.map((k) => String(r[k]))))].join('\n');
}
