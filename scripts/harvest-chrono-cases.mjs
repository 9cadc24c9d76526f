/**
 * node scripts/harvest-chrono-cases.mjs GIT_DIR > tests/fixtures/chrono-en/cases.json
 * Reads chrono's English tests (github wanasit/chrono, test/en/*.test.ts, MIT) from a git
 * directory and keeps the calendar-date cases a news article could hold: each case's text,
 * the reference day the test parses against and the date(s) it asserts. Times of day, time
 * zones and eras are left out. The precision of an expected date is the precision chrono
 * gives it (a month-only phrase asserts day 1, which is implied, so it is kept as YYYY-MM).
 */
import { execFileSync } from 'node:child_process';
import * as chrono from 'chrono-node';

const gitDir = process.argv[2];
if (!gitDir) {
  console.error('usage: node scripts/harvest-chrono-cases.mjs GIT_DIR');
  process.exit(2);
}
const git = (...args) => execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
const commit = git('rev-parse', 'HEAD').trim();
const files = git('ls-tree', '--name-only', 'HEAD', 'test/en/').split('\n').filter((f) => f.endsWith('.test.ts'));

// Zones, eras and clock arithmetic: not what a news timeline places.
const NOT_CALENDAR = /\b(?:gmt|utc|est|edt|pst|pdt|cet|cest|jst|bst|ist|pt|et|be|bc|bce|ad|ce|hours?|hrs?|minutes?|mins?|seconds?|secs?|now|quarter|weekends?|weekdays?|fortnight|decades?|centur(?:y|ies)|qtr|eod|eom|eoy|midnight|night|tonight)\b|\d(?:h|hrs?|hours?|m|mins?|s|d|days?|w|mon|y)\b|T\d|[+-]\d{2}:?\d{2}\b|\dZ\b/i;
// A time of day is kept only beside a calendar date ("August 10, 2012 at 5pm"), whose day it does not move.
const CLOCK = /\d{1,2}\s*[:.]\s*\d{2}|\d\s*(?:am|pm|a\.m\.|p\.m\.)|\b(?:am|pm|noon|midday|morning|afternoon|evening|o'?clock)\b/i;
const CALENDAR = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d|\d\s*(?:st|nd|rd|th)?\s*(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:day)?\b|\b(?:today|tomorrow|yesterday)\b|\d{1,4}[/-]\d{1,2}[/-]\d{1,4}/i;
// Phrases only a chat or a calendar app writes ("2 weeks from now", "+2d").
const NOT_NEWS = /\+\s*\d|\bfrom now\b|\bwithin\b|\bafter\b|\bbefore\b|\blater\b|\bby the\b|\bcoming\b|\bupcoming\b|\bweekdays?\b/i;
const isCalendarCase = (text) => !NOT_CALENDAR.test(text) && !NOT_NEWS.test(text) && (!CLOCK.test(text) || CALENDAR.test(text.replace(CLOCK, ' ')));

/** The call starting at `open` (the index of its "("): its argument texts. */
function callArguments(source, open) {
  const args = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '"' || c === "'" || c === '`') {
      for (i++; i < source.length && source[i] !== c; i++) if (source[i] === '\\') i++;
      continue;
    }
    if (c === '/' && source[i + 1] === '/') {
      i = source.indexOf('\n', i);
      continue;
    }
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) {
      depth--;
      if (depth === 0) {
        args.push(source.slice(start, i).trim());
        return { args, end: i };
      }
    } else if (c === ',' && depth === 1) {
      args.push(source.slice(start, i).trim());
      start = i + 1;
    }
  }
  return undefined;
}

/** A one-piece string literal's value; undefined for anything else (concatenations, templates). */
function stringLiteral(text) {
  const m = /^"((?:[^"\\\n]|\\.)*)"$/.exec(text) ?? /^'((?:[^'\\\n]|\\.)*)'$/.exec(text);
  if (!m) return undefined;
  try {
    return JSON.parse(`"${m[1].replace(/\\'/g, "'").replace(/(^|[^\\])"/g, '$1\\"')}"`);
  } catch {
    return undefined;
  }
}
// "11 - 1", "7": the small sums the tests write as Date arguments.
const sum = (text) => (/^[\d\s+-]+$/.test(text) ? text.split(/(?=[+-])/).reduce((a, t) => a + Number(t.replace(/\s/g, '')), 0) : NaN);

/** `new Date(...)` as written in a test, read as a calendar day in the local zone (as chrono's tests do). */
function readDate(text) {
  const m = /^new Date\((.*)\)$/s.exec(text.trim());
  if (!m) return undefined;
  const inner = m[1].trim();
  const literal = stringLiteral(inner);
  if (literal !== undefined) {
    const d = new Date(literal);
    return Number.isNaN(d.getTime()) ? undefined : { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
  }
  const parts = inner.split(',').map((p) => sum(p));
  if (parts.length < 3 || parts.some(Number.isNaN)) return undefined;
  const d = new Date(parts[0], parts[1], parts[2], parts[3] ?? 12);
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

/** What a test body asserts about result.start or result.end. */
function asserted(body, which) {
  const got = {};
  for (const part of ['year', 'month', 'day']) {
    const m = new RegExp(`result\\.${which}\\.get\\(["']${part}["']\\)\\)\\.toBe\\((-?\\d+)\\)`).exec(body);
    if (m) got[part] = Number(m[1]);
  }
  const subject = which === 'start' ? '(?:\\.start)?' : '\\.end';
  const toBeDate = new RegExp(`expect\\(result${subject}\\)\\.toBeDate\\((new Date\\((?:[^()]|\\([^()]*\\))*\\))\\)`).exec(body);
  const date = toBeDate ? readDate(toBeDate[1]) : undefined;
  if (date) for (const part of ['year', 'month', 'day']) got[part] ??= date[part];
  return got.year !== undefined && got.month !== undefined ? got : undefined;
}

const pad = (n, w = 2) => String(n).padStart(w, '0');
const iso = (d, precision) => (precision === 'month' ? `${pad(d.year, 4)}-${pad(d.month)}` : `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`);
const localNoon = (d) => new Date(d.year, d.month - 1, d.day, 12);

/**
 * How chrono reads a phrase: the precision it gives (a day when a day or a weekday is said,
 * else the month), and whether the date hangs on the reference day (parsed again a year and
 * a half later, a relative phrase moves; a written date does not).
 */
function chronoReading(parser, text, reference) {
  const ref = reference ? localNoon(reference) : new Date(2000, 5, 15, 12);
  const later = new Date(ref.getTime() + 555 * 86_400_000);
  const [result] = parser.parse(text, ref);
  const [again] = parser.parse(text, later);
  if (!result) return undefined;
  const said = (c) => result.start.isCertain(c);
  const precision = said('day') || said('weekday') ? 'day' : said('month') ? 'month' : undefined;
  const moves = (c) => !again || result.start.get(c) !== again.start.get(c);
  const relative = ['month', 'day'].some(moves) || (moves('year') && said('year'));
  const weekdayOnly = said('weekday') && !said('day');
  return { precision, relative, weekdayOnly };
}

const WEEKDAY = /\b(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:day)?\b|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
// Year, then a day past 12, then the month ("2024/13/1"): no outlet writes it.
const YEAR_DAY_MONTH = /\b\d{4}[-/.](?:1[3-9]|[23]\d)[-/.]\d{1,2}\b/;

function categoryOf(reading, hasEnd) {
  if (hasEnd) return 'range';
  if (reading.weekdayOnly && !reading.relative) return 'weekday';
  if (reading.weekdayOnly || reading.relative) return WEEKDAY.test(reading.text) ? 'weekday' : 'relative';
  return reading.precision === 'day' ? 'absolute-day' : 'month';
}

/** A `new Date(...)` argument, or the name of a `const` holding one earlier in the file. */
function dateArgument(source, before, text) {
  const direct = readDate(text);
  if (direct || !/^[A-Za-z_]\w*$/.test(text)) return direct;
  const defs = [...source.slice(0, before).matchAll(new RegExp(`(?:const|let)\\s+${text}\\s*=\\s*(new Date\\([^)]*\\))`, 'g'))];
  return defs.length ? readDate(defs[defs.length - 1][1]) : undefined;
}

const cases = [];
const negatives = [];
const seen = new Set();
const INSTANCE = /^chrono(?:\.casual|\.strict|\.en(?:\.casual|\.strict)?)?$|^chrono\.en\.GB$|^new chrono\.Chrono\(configuration\.createCasualConfiguration\(true\)\)$/;
for (const file of files) {
  const source = git('show', `HEAD:${file}`);
  for (const m of source.matchAll(/\b(testSingleCase|testWithExpectedDate|testUnexpectedResult)\(/g)) {
    const call = callArguments(source, m.index + m[1].length);
    if (!call) continue;
    const [instance, textArg, third, ...rest] = call.args;
    const text = stringLiteral(textArg ?? '');
    if (text === undefined || !INSTANCE.test(instance ?? '')) continue;
    const line = source.slice(0, m.index).split('\n').length;
    const id = `${file.replace(/^test\/en\/|\.test\.ts$/g, '')}:${line}`;
    if (m[1] === 'testUnexpectedResult') {
      // Not dates to chrono: numbers, versions, impossible days. A news article could hold them too.
      // Strict mode refuses what casual mode reads ("2024/13/1"); the project reads casually.
      if (/strict/.test(instance)) continue;
      const key = `negative|${text.trim()}`;
      if (third === undefined && !seen.has(key) && isCalendarCase(text) && !CLOCK.test(text) && /\d/.test(text) && !/%|https?:/.test(text)) negatives.push({ id, file, text });
      seen.add(key);
      continue;
    }
    const dateOrder = /GB|createCasualConfiguration\(true\)/.test(instance) ? 'dmy' : 'mdy';
    let reference;
    let start;
    let end;
    if (m[1] === 'testWithExpectedDate') {
      start = dateArgument(source, m.index, third ?? '');
    } else {
      const callback = [third, ...rest].find((a) => /=>|function/.test(a ?? '')) ?? '';
      if (third && third !== callback) {
        reference = dateArgument(source, m.index, third.replace(/\/\*.*?\*\//gs, '').trim());
        if (!reference) continue; // a ParsingReference with a zone, or an option object
      }
      if (rest.length > 1 && rest[0] !== callback) continue; // parsing options (forwardDate, zones)
      start = asserted(callback, 'start');
      end = asserted(callback, 'end');
    }
    if (!start || start.year < 1 || start.year > 9999) continue;
    if (!isCalendarCase(text) || YEAR_DAY_MONTH.test(text) || text.length > 120) continue;
    // Without a reference day only dates whose year is written can be checked.
    if (!reference && !/\d{2}/.test(text)) continue;
    const parser = dateOrder === 'dmy' ? chrono.en.GB : chrono.casual;
    const reading = chronoReading(parser, text, reference);
    if (!reading?.precision || (reading.precision === 'day' && start.day === undefined)) continue;
    if (!reference && reading.relative) continue;
    const key = `${text.trim()}|${reference ? iso(reference, 'day') : ''}|${dateOrder}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // A range of hours within one day ("13:00 - 16:00") is that day.
    const endIso = end ? iso(end, reading.precision) : undefined;
    const range = endIso !== undefined && endIso !== iso(start, reading.precision);
    const entry = { id, file, text, reference: reference ? iso(reference, 'day') : null, dateOrder, start: iso(start, reading.precision), category: categoryOf({ ...reading, text }, range) };
    if (range) entry.end = endIso;
    cases.push(entry);
  }
}

process.stdout.write(`${JSON.stringify({
  source: {
    repository: 'https://github.com/wanasit/chrono',
    commit,
    files,
    licence: 'MIT',
    copyright: 'Copyright (c) 2014, Wanasit Tanakitrungruang',
    what: "Inputs and asserted dates of chrono's English tests (test/en/*.test.ts), kept when they are calendar dates a news article could hold; times of day, time zones, eras and chat shorthand left out. Each case names its file and line. `negatives` are inputs chrono's tests say hold no date.",
    harvestedBy: 'scripts/harvest-chrono-cases.mjs',
  },
  cases,
  negatives,
}, null, 1)}\n`);
