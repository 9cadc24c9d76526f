import { impossibility } from '../dates/partial-date.ts';
import { monthOf, VI_MONTH_WORD } from '../dates/vi-words.ts';

/**
 * When a page says it was published: the stamps news pages print in their header or at the end
 * ("NGUYỄN AN 09:15 | 22/03/2022", "07:40, ngày 15-09-2022", "By Jane Roe | June 18, 2020",
 * "(Some News, 2 April 2024)", "14 May 201809:30"), wire datelines ("HÀ NỘI, 12 March 2021 –")
 * and the dates in an article's address ("/20190523/", "/2022/03/", "-2021-07-06.html").
 * Its own small reader, apart from the date engine: stamps always carry their year.
 */

/** A date a stamp prints: ISO `YYYY-MM-DD`, where it stands in the line and how long it is. */
export interface StampDate {
  iso: string;
  index: number;
  length: number;
}

const MONTHS: Readonly<Record<string, number>> = Object.freeze({
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
});
const MONTH = `(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})\\.?`;
// A year may run straight into a time ("201610:00"): the page lost the space between them.
const YEAR = '((?:19|20)\\d{2})(?=\\d{1,2}:\\d{2}|[^\\d]|$)';

const STAMP_FORMS: ReadonlyArray<{ pattern: RegExp; parts: (m: RegExpExecArray) => [string, string, string] }> = [
  // 2021-07-06, 2021/07/06
  { pattern: /(?<!\d)((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/u, parts: (m) => [m[1]!, m[2]!, m[3]!] },
  // 10/06/2021, 03-07-2021, 16.03.2021
  { pattern: new RegExp(`(?<!\\d)(\\d{1,2})\\s?[/.-]\\s?(\\d{1,2})\\s?[/.-]\\s?${YEAR}`, 'u'), parts: (m) => [m[3]!, m[2]!, m[1]!] },
  // 12 tháng 6 năm 2020, ngày 12 tháng 06, năm 2020
  { pattern: new RegExp(`(?<!\\d)(\\d{1,2})\\s+tháng\\s+(\\d{1,2}),?\\s+năm\\s+${YEAR}`, 'iu'), parts: (m) => [m[3]!, m[2]!, m[1]!] },
  // 26 January 2021, 7 JUL 2023, 23 July 201610:00
  { pattern: new RegExp(`(?<!\\d)(\\d{1,2})\\s+${MONTH},?\\s+${YEAR}`, 'iu'), parts: (m) => [m[3]!, String(MONTHS[m[2]!.toLowerCase()]), m[1]!] },
  // July 28, 2024; June 18 2020
  { pattern: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}`, 'iu'), parts: (m) => [m[3]!, String(MONTHS[m[1]!.toLowerCase()]), m[2]!] },
  // Tháng Bảy 15, 2021; Tháng 7 15, 2021: a Vietnamese page of an English site keeps its month-first order
  { pattern: new RegExp(`(?<![\\p{L}])tháng\\s+(\\d{1,2}|${VI_MONTH_WORD})\\s+(\\d{1,2}),\\s*${YEAR}`, 'iu'), parts: (m) => [m[3]!, String(monthOf(m[1]!.replace(/^\p{Ll}/u, (c) => c.toUpperCase())) ?? 0), m[2]!] },
];
// Numerals in a stamp with an American time zone or clock ("08/04/2021 12:11 PM EDT") put the month first.
const US_STAMP = /\b(?:E[DS]T|C[DS]T|M[DS]T|P[DS]T|ET|PT)\b/u;

const pad = (n: number) => String(n).padStart(2, '0');

function isoOf(year: number, month: number, day?: number): string | undefined {
  if (impossibility(day === undefined ? { year, month } : { year, month, day })) return undefined;
  return day === undefined ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
}

/** The first full date (day, month and year) in a line, in any of the forms stamps use. */
export function findStampDate(line: string): StampDate | undefined {
  let best: StampDate | undefined;
  for (const [form, { pattern, parts }] of STAMP_FORMS.entries()) {
    const match = pattern.exec(line);
    if (!match) continue;
    let [year, month, day] = parts(match).map(Number) as [number, number, number];
    if (form === 1 && US_STAMP.test(line) && day <= 12) [month, day] = [day, month];
    const iso = isoOf(year, month, day);
    if (iso && (!best || match.index < best.index)) best = { iso, index: match.index, length: match[0].length };
  }
  return best;
}

const TIME = /(?<![\d.])\d{1,2}\s?[:h]\s?\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?|SA|CH)?(?![\d/])/giu;
const OFFSET = /\b(?:GMT|UTC)\s*(?:[+-]\s*\d{1,2}(?::?\d{2})?)?/giu;
// Abbreviations only before a comma, a stop or a number: "Thu" is also a name ("By Minh Thu").
const WEEKDAY = /(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s+nhật|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:mon|tue|wed|thu|fri|sat|sun)\b(?=[,.]|\s+\d))/giu;
// Words stamps put around the date; "Clock" is an icon's text glued to the date line.
const STAMP_WORDS = /(?:\b(?:published|updated|posted|last updated|date|on|at)\b|cập nhật|ngày đăng|đăng lúc|đăng|lúc|ngày|clock|ngày giờ)/giu;
const BY = /^(?:by|bài(?: và ảnh)?|tác giả|posted by|written by)\s*:?\s+/iu;
const VIA = /^(?:theo|nguồn|source|via)\s*:?\s+/iu;

/** A byline or credit around a stamp: who wrote it, and for whom. */
export interface StampLine {
  published: string;
  author?: string;
  source?: string;
}

/**
 * A line that is a publication stamp and nothing else but a byline, a section name or the
 * outlet: what is left once the date, a time, a weekday and stamp words are taken out is at most
 * a few words, and the line has a time, a byline, brackets around it, or only names besides.
 * `bare`: a date alone on its line counts too (in the page header, not in the body).
 */
export function readStampLine(line: string, options: { bare?: boolean } = {}): StampLine | undefined {
  if (line.length > 120 || datelineDate(line)) return undefined;
  const date = findStampDate(line);
  if (!date) return undefined;
  // "Bài và ảnh: Lê Minh", "Source: VNA": the label stays with its name when the line is cut at its separators.
  const outside = `${line.slice(0, date.index)} | ${line.slice(date.index + date.length)}`.replace(/(^|\|\s*|[-–—]\s*)(by|bài(?: và ảnh)?|tác giả|theo|nguồn|source)\s*:\s+/giu, '$1$2 ');
  const hasTime = new RegExp(TIME.source, 'iu').test(outside);
  const bracketed = /^\(.*\)\.?$/u.test(line.trim());
  const rest = outside.replace(TIME, ' ').replace(OFFSET, ' ').replace(WEEKDAY, ' ').replace(STAMP_WORDS, ' ');
  const segments = rest.split(/\s*[|,()–—•·/]\s*|\s+-\s+|:\s+/u).map((s) => s.replace(/^[\s\-:.]+|[\s\-:.]+$/gu, '').trim()).filter(Boolean);
  const words = segments.join(' ').split(/\s+/u).filter(Boolean);
  // A sentence ends in a full stop; a stamp may end in "a.m.".
  if (words.length > 7 || (/[.!?]$/u.test(line.replace(TIME, ' ').trim()) && !bracketed)) return undefined;
  const byline = segments.find((s) => BY.test(s));
  const via = segments.find((s) => VIA.test(s));
  const onlyNames = words.length > 0 && words.every((w) => /^\p{Lu}/u.test(w) || /^(?:in|of|and|và|the)$/iu.test(w));
  if (!(hasTime || bracketed || byline || via || onlyNames || (options.bare && words.length === 0))) return undefined;

  const stamp: StampLine = { published: date.iso };
  if (bracketed) {
    // "(Some News, 2 April 2024)": the outlet the text was taken from.
    if (segments[0]) stamp.source = segments[0];
    return stamp;
  }
  if (byline) stamp.author = byline.replace(BY, '').replace(/\s+in\s+\p{Lu}[\p{L} ]*$/u, '').trim();
  else {
    const name = segments.find((s) => isPersonName(s) && !VIA.test(s));
    if (name) stamp.author = name;
  }
  if (via) stamp.source = via.replace(VIA, '').trim();
  return stamp;
}

/** Two to five capitalised words and nothing else ("Minh Anh", "NGUYỄN AN"): a person's name, as bylines give it. */
export function isPersonName(text: string): boolean {
  const words = text.split(/\s+/u);
  return words.length >= 2 && words.length <= 5 && words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w)) && !/\d/u.test(text);
}

/**
 * A wire dateline opening the first paragraph: "JAKARTA, 26 January 2021 – ASEAN and …",
 * "HÀ NỘI, 12/3/2021 -". The line is the article's text: only the date is read.
 */
export function datelineDate(line: string): string | undefined {
  const match = /^\p{Lu}[\p{Lu}\p{Lt} .'’-]{1,30},\s*(.{6,30}?)\s*[-–—]\s/u.exec(line);
  if (!match || !/^[\p{Lu} .'’-]+$/u.test(line.slice(0, line.indexOf(',')))) return undefined;
  const date = findStampDate(match[1]!);
  if (date) return date.index === 0 && date.length >= match[1]!.replace(/\s*\(.*$/u, '').length - 1 ? date.iso : undefined;
  return editionDated(match[1]!, line.slice(match[0].length));
}

const DAY_MONTH = new RegExp(`^(?:(\\d{1,2})\\s+${MONTH}|${MONTH}\\s+(\\d{1,2}))(?:\\s*\\([^()]{2,30}\\))?$`, 'iu');
// The edition a lead names: "The 2024 ASEAN-Australia Special Summit", "APEC 2017" (not "in 2021", not "2021-2025").
const EDITION_YEAR = /(?<![\d\p{L}])((?:19|20)\d{2})(?=\s+\p{Lu})|(?<=\p{Lu}[\p{L}-]*\s)((?:19|20)\d{2})(?![\d\p{L}]|\s*[-–]\s*\d)/gu;

/**
 * A wire dateline without a year ("MELBOURNE, March 4 (Bernama) — The 2024 … Summit is commencing
 * today") takes its year from the one edition its lead sentence names, else gives no date.
 */
function editionDated(dayMonth: string, text: string): string | undefined {
  const m = DAY_MONTH.exec(dayMonth.trim());
  if (!m) return undefined;
  const lead = text.split(/(?<=[.!?])\s/u)[0] ?? '';
  const years = new Set([...lead.matchAll(EDITION_YEAR)].map((y) => y[1] ?? y[2]));
  if (years.size !== 1) return undefined;
  const month = MONTHS[(m[2] ?? m[3])!.toLowerCase()]!;
  return isoOf(Number([...years][0]), month, Number(m[1] ?? m[4]));
}

/**
 * A metadata line an archive puts above a page: " date 2023-05" or "date: 2021-07-06", alone or
 * running into the page's first words. Returns the date and the text after it.
 */
export function metadataDate(line: string): { published: string; rest: string } | undefined {
  const match = /^\s*date\s*:?\s+((?:19|20)\d{2})-(\d{2})(?:-(\d{2}))?\b\s*/iu.exec(line);
  if (!match) return undefined;
  const iso = isoOf(Number(match[1]), Number(match[2]), match[3] === undefined ? undefined : Number(match[3]));
  return iso ? { published: iso, rest: line.slice(match[0].length) } : undefined;
}

/**
 * The date an article's address gives: path segments "/20190523/", "/2022/03/", "/2025/12/13/",
 * "/202104/", a slug ending "-20220314", "-2021-07-06.html", "-20210706i5871524/", or a
 * time-stamped id "-20210316122327309.chn". A year alone ("/2018/") is too weak to count.
 */
export function urlDate(url: string): string | undefined {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const forms: Array<[RegExp, (m: RegExpExecArray) => [number, number, number?]]> = [
    [/\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?=\/|$)/u, (m) => [+m[1]!, +m[2]!, +m[3]!]],
    [/(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)/u, (m) => [+m[1]!, +m[2]!, +m[3]!]],
    [/(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?:(?!\d)|\d{4,}(?!\d))/u, (m) => [+m[1]!, +m[2]!, +m[3]!]],
    [/\/((?:19|20)\d{2})\/(\d{1,2})(?=\/)/u, (m) => [+m[1]!, +m[2]!]],
    [/\/((?:19|20)\d{2})(\d{2})(?=\/)/u, (m) => [+m[1]!, +m[2]!]],
  ];
  for (const [pattern, parts] of forms) {
    const match = pattern.exec(path);
    if (!match) continue;
    const [year, month, day] = parts(match);
    const iso = isoOf(year, month, day);
    if (iso) return iso;
  }
  return undefined;
}

/**
 * The first date in order of trust that exists; a later one that agrees with it and is finer
 * ("2021-07" from the metadata line, "2021-07-07" from the address) refines it.
 */
export function choosePublished(candidates: ReadonlyArray<[string, string | undefined]>): [string, string] | undefined {
  const given = candidates.filter((c): c is [string, string] => c[1] !== undefined);
  const chosen = given[0];
  if (!chosen || chosen[0] === '--published') return chosen;
  const finer = given.find(([, date]) => date.length > chosen[1].length && date.startsWith(chosen[1]));
  return finer ? [`${chosen[0]} and ${finer[0]}`, finer[1]] : chosen;
}
