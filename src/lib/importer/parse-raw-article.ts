import { findDates } from '../dates/find-dates.ts';
import { toIsoDate } from '../dates/partial-date.ts';
import { findEventName, titleFromSentence } from '../events/name-phrase.ts';
import { fold } from '../text/fold.ts';
import { normalizeText, tidySpaces } from '../text/normalize-text.ts';
import { splitSentences } from '../text/split-sentences.ts';
import { DATELINES, noiseActionFor, OUTLETS } from './noise-rules.ts';

/** What an import makes of pasted article text: the frontmatter fields and the article's own paragraphs. */
export interface RawArticle {
  title: string;
  source?: string;
  url?: string;
  published?: string;
  language: 'vi' | 'en';
  author?: string;
  captions: string[];
  related: string[];
  paragraphs: string[];
  /** What was left out and why, so nothing disappears unexplained. */
  dropped: Array<{ line: number; text: string; why: string }>;
  /** Things the editor should check (a title that had to be made up, for instance). */
  notes: string[];
}

// Lines in the page header (before the body) that may hold the byline and the date.
const HEADER_LINES = 8;
const MAX_TITLE_CHARS = 220;

/** Separates an article from the page noise around it. Pure: text in, fields out. */
export function parseRawArticle(raw: string): RawArticle {
  const lines = normalizeText(raw).split('\n').map(tidySpaces);
  const result: RawArticle = { title: '', language: detectLanguage(raw), captions: [], related: [], paragraphs: [], dropped: [], notes: [] };
  const drop = (i: number, why: string) => result.dropped.push({ line: i + 1, text: lines[i]!, why });
  const nonEmpty = lines.map((text, i) => ({ text, i })).filter((l) => l.text);

  let cursor = 0;
  // Some sites put the date line or the address above the title.
  while (cursor < nonEmpty.length) {
    const meta = readDateOrAddress(nonEmpty[cursor]!.text);
    if (!meta) break;
    Object.assign(result, meta);
    drop(nonEmpty[cursor]!.i, 'header');
    cursor++;
  }
  const first = nonEmpty[cursor];
  if (first && isTitleLike(first.text) && !noiseActionFor(first.text)) {
    result.title = first.text;
    cursor++;
  }
  // The header: byline, date line, address, "Nguồn:".
  for (; cursor < Math.min(nonEmpty.length, HEADER_LINES); cursor++) {
    const { text, i } = nonEmpty[cursor]!;
    const meta = readHeaderLine(text);
    if (!meta) break;
    Object.assign(result, meta);
    drop(i, 'header');
  }

  const body: Array<{ text: string; i: number }> = [];
  for (let k = cursor; k < nonEmpty.length; k++) {
    const { text, i } = nonEmpty[k]!;
    const next = nonEmpty[k + 1];
    const rule = noiseActionFor(text);
    if (rule?.action === 'cut-rest') {
      for (const rest of nonEmpty.slice(k)) drop(rest.i, `after "${text}" (${rule.id})`);
      break;
    }
    if (rule?.action === 'related') {
      drop(i, rule.id);
      // Headlines until the next heading; clipped teaser snippets are not headlines.
      for (; k + 1 < nonEmpty.length && !noiseActionFor(nonEmpty[k + 1]!.text); k++) {
        const line = nonEmpty[k + 1]!;
        drop(line.i, 'related headline');
        if (!/(?:\.\.\.|…)$/u.test(line.text) && line.text.length < MAX_TITLE_CHARS && !result.related.includes(line.text)) result.related.push(line.text);
      }
      continue;
    }
    if (rule?.action === 'caption') {
      result.captions.push(text);
      continue;
    }
    if (rule) {
      readOutlet(text, result);
      drop(i, rule.id);
      continue;
    }
    if (result.title && fold(text) === fold(result.title)) {
      drop(i, 'title repeated');
      continue;
    }
    // A related-article teaser: its headline twice, then a clipped snippet.
    if (next && next.text === text && text.length < MAX_TITLE_CHARS) {
      if (!result.related.includes(text)) result.related.push(text);
      drop(i, 'related headline');
      drop(next.i, 'related headline');
      k++;
      const snippet = nonEmpty[k + 1];
      if (snippet && /(?:\.\.\.|…)$/u.test(snippet.text)) {
        drop(snippet.i, 'related teaser');
        k++;
      }
      continue;
    }
    // A short tag line right above a caption ("ASEAN-Nga") labels the photo.
    if (next && noiseActionFor(next.text)?.action === 'caption' && text.split(' ').length <= 4 && !/[.!?]$/.test(text)) {
      drop(i, 'photo tag');
      continue;
    }
    body.push({ text, i });
  }

  const dateline = body[0] && DATELINES.find((d) => d.pattern.test(body[0]!.text));
  if (dateline && !result.source) result.source = dateline.source;
  // A byline or credit closing the article ("Vũ Anh", "Theo TTXVN").
  const last = body[body.length - 1];
  const credit = last ? readClosingCredit(last.text) : undefined;
  if (credit) {
    body.pop();
    if (credit.author && !result.author) result.author = credit.author;
    if (credit.source && !result.source) result.source = credit.source;
    drop(last!.i, 'closing byline');
  }
  result.paragraphs = body.map((p) => p.text);

  if (!result.title) {
    const lead = result.paragraphs[0] ? splitSentences(result.paragraphs[0])[0]?.text ?? '' : '';
    const dateText = findDates(lead).mentions[0]?.text ?? '';
    result.title = findEventName(lead, dateText) ?? (lead ? titleFromSentence(lead, dateText) : 'Untitled');
    result.notes.push(`no title line: the title "${result.title}" was made from the first sentence; correct it in the frontmatter`);
  }
  return result;
}

function isTitleLike(line: string): boolean {
  return line.length <= MAX_TITLE_CHARS && !/[.:;,]$/.test(line) && line.split(' ').length <= 35;
}

type HeaderFields = Partial<Pick<RawArticle, 'author' | 'published' | 'url' | 'source'>>;

function readDateOrAddress(line: string): HeaderFields | undefined {
  if (/^https?:\/\/\S+$/.test(line)) return { url: line, ...outletOf(line) };
  const source = /^(?:Nguồn|Source)\s*:\s*(.+)$/iu.exec(line);
  if (source) return { source: source[1]! };
  return dateLine(line);
}

function readHeaderLine(line: string): HeaderFields | undefined {
  const meta = readDateOrAddress(line);
  if (meta) return meta;
  const byline = /^(?:By|Bài|Tác giả|Theo)\s*:?\s+(.{2,60})$/u.exec(line);
  if (byline && !/[.!?]$/.test(line)) return { author: byline[1]! };
  if (isNameLike(line)) return { author: line };
  return undefined;
}

/** "Thứ Năm, 28/10/2021 17:30 (GMT+7)", "By Nguyen Quy | June 17, 2020 | 05:32 pm GMT+7": a date line, with a byline if any. */
function dateLine(line: string): HeaderFields | undefined {
  if (line.length > 100) return undefined;
  const day = findDates(line).mentions.find((m) => m.precision === 'day' && m.start.year !== undefined && !m.end);
  if (!day) return undefined;
  let rest = line.replace(day.text, ' ');
  let author: string | undefined;
  const by = /\b(?:By|Bài)\s*:?\s+([^|,–-]{2,60}?)\s*(?=[|,–-]|$)/u.exec(rest);
  if (by) {
    author = by[1]!.trim();
    rest = rest.replace(by[0], ' ');
  }
  rest = fold(rest)
    .replace(/\b(?:thu\s+(?:hai|ba|tu|nam|sau|bay)|chu\s+nhat|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\b/g, ' ')
    .replace(/\b\d{1,2}\s*[:h]\s*\d{2}(?:\s*(?:am|pm|sa|ch))?\b/g, ' ')
    .replace(/\b(?:gmt|utc)\s*[+-]?\s*\d{0,2}(?::\d{2})?/g, ' ')
    .replace(/\b(?:published|updated|posted|cap nhat|dang|ngay dang|thoi gian)\b/g, ' ')
    .replace(/[\s|,()\-–—:/]+/g, '');
  if (rest) return undefined;
  const published = toIsoDate(day.start as { year: number; month: number; day: number });
  return author ? { published, author } : { published };
}

function readClosingCredit(line: string): HeaderFields | undefined {
  const via = /^\(?(?:Theo|Nguồn:?|Source:?|According to)\s+(\p{Lu}[^.!?]{1,50}?)\)?\.?$/u.exec(line);
  if (via && via[1]!.split(' ').length <= 6) return { source: via[1]! };
  const cleaned = line.replace(/\s*\((?:theo|tổng hợp|lược dịch)[^)]*\)$/iu, '');
  return isNameLike(cleaned) ? { author: cleaned } : undefined;
}

function isNameLike(line: string): boolean {
  const words = line.split(' ');
  return words.length >= 2 && words.length <= 6 && words.every((w) => /^\p{Lu}[\p{L}'.-]*$/u.test(w)) && !/\d/.test(line);
}

function outletOf(text: string): { source?: string } {
  const host = /([a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:vn|com|net|org|gov\.vn|com\.vn|org\.vn))\b/i.exec(text)?.[1]?.toLowerCase().replace(/^www\./, '');
  if (!host) return {};
  const outlet = OUTLETS[host] ?? OUTLETS[host.split('.').slice(-2).join('.')];
  return outlet ? { source: outlet } : {};
}

function readOutlet(line: string, into: RawArticle): void {
  if (into.source) return;
  const { source } = outletOf(line);
  if (source) into.source = source;
}

/** Vietnamese when enough letters carry Vietnamese marks; English otherwise. */
export function detectLanguage(text: string): 'vi' | 'en' {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const marked = text.normalize('NFC').match(/[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/giu)?.length ?? 0;
  return letters > 0 && marked / letters > 0.04 ? 'vi' : 'en';
}
