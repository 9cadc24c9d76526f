import { findDates } from '../dates/find-dates.ts';
import { findEventName, titleFromSentence } from '../events/name-phrase.ts';
import { fold } from '../text/fold.ts';
import { normalizeText, tidySpaces } from '../text/normalize-text.ts';
import { splitSentences } from '../text/split-sentences.ts';
import { closingCredit, outletOf, readDateOrAddress, readHeaderLine, type HeaderFields } from './credits.ts';
import { datedCaptionWords, daysDated } from './dated-caption.ts';
import { detectLanguage } from './detect-language.ts';
import { DATELINES, IMAGE_ALT_PREFIX, NAVIGATION_RULES, noiseActionFor } from './noise-rules.ts';
import { isHeadlinesRunTogether, isListItem, joinBrokenLines, type PageLine } from './page-lines.ts';
import { choosePublished, datelineDate, metadataDate, readStampLine, urlDate } from './publication-date.ts';

export { detectLanguage };

/** What an import makes of pasted article text: the frontmatter fields and the article's own paragraphs. */
export interface RawArticle {
  title: string;
  source?: string;
  url?: string;
  /** YYYY-MM-DD, or YYYY-MM when the page only gives the month. */
  published?: string;
  /** Where `published` was read: "--published", "the byline or stamp", "the dateline", "the metadata line", "the address". */
  publishedFrom?: string;
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

/** What the import knows besides the text: the page's address and a publication date to use. */
export interface RawArticleOptions {
  /** The article's address (`--url`); a date in its path is a publication date. */
  url?: string | undefined;
  /** YYYY-MM-DD or YYYY-MM (`--published`): wins over any date the page prints. */
  published?: string | undefined;
}

// Lines in the page header (before the body) that may hold the byline and the date.
const HEADER_LINES = 8;
// Lines above the title that may be the page's chrome (a kicker, a banner, a logo, a stamp).
const ABOVE_TITLE_LINES = 8;
const MAX_TITLE_CHARS = 220;
// The story's first paragraphs, where it gives its own date.
const LEAD_PARAGRAPHS = 3;
const RELATED_WITH_DATE = /\s(?:\(\s*\d{1,2}\/\d{1,2}\/\d{4}\s*\)|[-–—|]\s*\d{1,2}\/\d{1,2}\/\d{4})$/u;

/** Separates an article from the page noise around it. Pure: text in, fields out. */
export function parseRawArticle(raw: string, options: RawArticleOptions = {}): RawArticle {
  const lines = normalizeText(raw).split('\n').map(tidySpaces);
  // A line is looked at several times (as itself, as the next line, for joining): its rule and stamp are read once.
  const ruleOf = memo(noiseActionFor);
  const stampOf = memo(readHeaderStamp);
  const result: RawArticle = { title: '', language: detectLanguage(raw), captions: [], related: [], paragraphs: [], dropped: [], notes: [] };
  const drop = (i: number, why: string, text = lines[i]!) => result.dropped.push({ line: i + 1, text, why });
  const nonEmpty: PageLine[] = lines.map((text, i) => ({ text, i })).filter((l) => l.text);
  const dates: { stamp?: string | undefined; dateline?: string | undefined; metadata?: string | undefined } = {};
  const header: HeaderFields = {};
  const take = (fields: HeaderFields) => {
    for (const key of ['author', 'source', 'url'] as const) if (fields[key] && !header[key]) header[key] = fields[key];
  };
  /** A publication stamp (and its byline) is read, then left out. */
  // `inBody`: a date alone on its line amid the article (a related card's) is left out but dates nothing.
  const takeStamp = (text: string, i: number, inBody = false): boolean => {
    const stamp = stampOf(text);
    if (!stamp) return false;
    if (inBody && stamp.alone) {
      drop(i, 'date line amid the text');
      return true;
    }
    dates.stamp ??= stamp.published;
    take(stamp);
    drop(i, stamp.why);
    return true;
  };

  // An archive's metadata line above the page (" date 2019-08 Trưa 3.8, …"), alone or running into its first words.
  const meta = nonEmpty[0] && metadataDate(nonEmpty[0].text);
  if (meta) {
    dates.metadata = meta.published;
    drop(nonEmpty[0]!.i, 'archive metadata line (publication date)', nonEmpty[0]!.text.slice(0, nonEmpty[0]!.text.length - meta.rest.length).trim());
    if (meta.rest) nonEmpty[0] = { ...nonEmpty[0]!, text: meta.rest };
    else nonEmpty.shift();
  }

  let cursor = 0;
  // Above the title: stamps, the address, a kicker ("Ngoại giao phục vụ …:"), a banner, logos, icons.
  for (; cursor < Math.min(nonEmpty.length, ABOVE_TITLE_LINES); cursor++) {
    const { text, i } = nonEmpty[cursor]!;
    const next = nonEmpty[cursor + 1]?.text;
    // A date in the site's header bar, over its search box or menu rather than the title, is the site's clock.
    if (next !== undefined && stampOf(text) && NAVIGATION_RULES.has(ruleOf(next)?.id ?? '')) {
      drop(i, "the site's date in its header bar");
      continue;
    }
    if (takeStamp(text, i)) continue;
    const address = readDateOrAddress(text);
    if (address) {
      take(address);
      drop(i, 'header');
      continue;
    }
    const rule = ruleOf(text);
    if (rule && rule.action === 'drop') {
      drop(i, rule.id);
      continue;
    }
    // A bar of trending topics above the title ("1. Dòng sự kiện:" then "2. …"): its list items go with it.
    if (rule?.action === 'related') {
      drop(i, rule.id);
      while (cursor + 1 < nonEmpty.length && isListItem(nonEmpty[cursor + 1]!.text)) drop(nonEmpty[++cursor]!.i, `after "${text}" (${rule.id})`);
      continue;
    }
    // A headline has three words or more: "Thông Luận", "Châu Á" above it name the outlet or the section.
    if (!rule && next !== undefined && isTitleLike(text) && text.split(' ').length < 3) {
      drop(i, 'masthead or section above the title');
      continue;
    }
    if (!rule && isTitleLike(text) && next !== undefined && isTitleLike(next) && !ruleOf(next)) {
      if (/:$/u.test(text)) {
        drop(i, 'kicker above the title');
        continue;
      }
      if (isAllCaps(text) && !isAllCaps(next)) {
        drop(i, 'banner above the title');
        continue;
      }
    }
    break;
  }
  // A date line above the title is the page's: the story's, or the site's clock at the time of copying.
  // The byline's stamp under the title, when there is one, is the story's own.
  const stampAboveTitle = dates.stamp;
  dates.stamp = undefined;
  const first = nonEmpty[cursor];
  if (first && isTitleLike(first.text) && !ruleOf(first.text)) {
    result.title = first.text;
    cursor++;
  }
  // The header: byline, date line, address, "Nguồn:".
  for (; cursor < Math.min(nonEmpty.length, HEADER_LINES); cursor++) {
    const { text, i } = nonEmpty[cursor]!;
    if (takeStamp(text, i)) continue;
    const fields = readHeaderLine(text);
    if (!fields) break;
    take(fields);
    drop(i, 'header');
  }

  const isText = (text: string) => !ruleOf(text) && !stampOf(text);
  const { lines: bodyLines } = joinBrokenLines(nonEmpty.slice(cursor), isText);
  const body: PageLine[] = [];
  let lead: string | undefined;
  // Captions kept as text because they date something, with the caption as written.
  const datedCaptions = new Map<PageLine, string>();
  for (let k = 0; k < bodyLines.length; k++) {
    let { text } = bodyLines[k]!;
    const { i } = bodyLines[k]!;
    const next = bodyLines[k + 1];
    const isLast = k === bodyLines.length - 1;
    const alt = IMAGE_ALT_PREFIX.exec(text);
    if (alt) {
      drop(i, 'image alt text', alt[0]);
      text = text.slice(alt[0].length);
    }
    if (takeStamp(text, i, body.length > 0 && !isLast)) continue;
    // a related article's headline with its date: "Hai nước ký thỏa thuận mới (12/03/2022)"
    if (body.length > 0 && isTitleLike(text) && RELATED_WITH_DATE.test(text)) {
      if (!result.related.includes(text)) result.related.push(text);
      drop(i, 'related headline with its date');
      continue;
    }
    const rule = ruleOf(text);
    if (rule?.action === 'cut-rest') {
      for (const rest of bodyLines.slice(k)) drop(rest.i, `after "${text}" (${rule.id})`);
      break;
    }
    if (rule?.action === 'related') {
      drop(i, rule.id);
      // Headlines until the next heading; clipped teaser snippets are not headlines.
      for (; k + 1 < bodyLines.length && !ruleOf(bodyLines[k + 1]!.text); k++) {
        const line = bodyLines[k + 1]!;
        drop(line.i, 'related headline');
        if (!/(?:\.\.\.|…)$/u.test(line.text) && line.text.length < MAX_TITLE_CHARS && !result.related.includes(line.text)) result.related.push(line.text);
      }
      continue;
    }
    if (rule?.action === 'caption') {
      // A caption that dates a happening is the article's record of it: its words stay, its credit goes.
      const words = datedCaptionWords(text);
      if (words !== undefined) {
        const kept = { text: words, i };
        datedCaptions.set(kept, text);
        body.push(kept);
      } else result.captions.push(text);
      continue;
    }
    if (rule) {
      readOutlet(text, result);
      if (rule.id === 'byline') take(readHeaderLine(text) ?? {});
      drop(i, rule.id);
      continue;
    }
    if (result.title && fold(text) === fold(result.title)) {
      drop(i, 'title repeated');
      continue;
    }
    // A related-article teaser: its headline twice, then a clipped snippet.
    if (next && next.text === text && text.length < MAX_TITLE_CHARS && isTitleLike(text)) {
      if (!result.related.includes(text)) result.related.push(text);
      drop(i, 'related headline');
      drop(next.i, 'related headline');
      k++;
      const snippet = bodyLines[k + 1];
      if (snippet && /(?:\.\.\.|…)$/u.test(snippet.text)) {
        drop(snippet.i, 'related teaser');
        k++;
      }
      continue;
    }
    // A short tag line right above a caption ("ASEAN-Nga") labels the photo.
    if (next && ruleOf(next.text)?.action === 'caption' && text.split(' ').length <= 4 && !/[.!?]$/.test(text)) {
      drop(i, 'photo tag');
      continue;
    }
    if (!isLast && body.length > 0 && isHeadlinesRunTogether(text)) {
      drop(i, 'related headlines run together');
      continue;
    }
    // The lead repeated under the photo, a caption twice in a row: the page's copy, kept once.
    const folded = fold(text);
    if (folded === lead || folded === fold(body[body.length - 1]?.text ?? '')) {
      drop(i, 'repeated paragraph');
      continue;
    }
    lead ??= folded;
    body.push({ text, i });
  }

  // A dated caption stays in the text only when the story's lead does not give its day itself
  // (a photo of the day's meeting beside "Chiều 28/10, …" would be that event's passage instead).
  if (datedCaptions.size) {
    const lead = new Set(body.filter((p) => !datedCaptions.has(p)).slice(0, LEAD_PARAGRAPHS).flatMap((p) => daysDated(p.text)));
    for (const [kept, caption] of datedCaptions) {
      const days = daysDated(kept.text);
      if (days.length && days.every((d) => lead.has(d))) {
        body.splice(body.indexOf(kept), 1);
        result.captions.push(caption);
      } else drop(kept.i, 'photo credit', caption.slice(caption.indexOf(kept.text) + kept.text.length).trim() || caption.slice(0, caption.indexOf(kept.text)).trim());
    }
  }
  if (body[0]) {
    dates.dateline = datelineDate(body[0].text);
    const dateline = DATELINES.find((d) => d.pattern.test(body[0]!.text));
    if (dateline && !header.source) header.source = dateline.source;
  }
  closingCredit(body, header, drop);
  if (header.author) result.author = header.author;
  if (header.source && !result.source) result.source = header.source;
  if (header.url) result.url = header.url;
  if (options.url) result.url = options.url;
  if (!result.source && result.url) Object.assign(result, outletOf(result.url));
  result.paragraphs = body.map((p) => p.text);

  const address = result.url ? urlDate(result.url) : undefined;
  // A clock the address contradicts ("Thursday, January 9, 2025" over a story filed under /2018/11/09/) dates nothing.
  if (stampAboveTitle && !(address?.length === 10 && address !== stampAboveTitle) && !outdatesStory(stampAboveTitle, result.paragraphs)) dates.stamp ??= stampAboveTitle;
  const published = choosePublished([
    ['--published', options.published],
    ['the byline or stamp', dates.stamp],
    ['the dateline', dates.dateline],
    ['the metadata line', dates.metadata],
    ['the address', address],
  ]);
  if (published) [result.publishedFrom, result.published] = published;

  if (!result.title) {
    const lead = result.paragraphs[0] ? splitSentences(result.paragraphs[0])[0]?.text ?? '' : '';
    const dateText = findDates(lead).mentions[0]?.text ?? '';
    result.title = findEventName(lead, dateText) ?? (lead ? titleFromSentence(lead, dateText) : 'Untitled');
    result.notes.push(`no title line: the title "${result.title}" was made from the first sentence; correct it in the frontmatter`);
  }
  return result;
}

// A date line above the title this many years after every year the story writes is the site's clock, not the story's.
const CLOCK_YEARS = 3;

/** Whether a date line is years after every year the article writes (two or more of them): a page copied long after it was published. */
function outdatesStory(stamp: string, paragraphs: readonly string[]): boolean {
  const years = paragraphs.flatMap((p) => [...p.matchAll(/(?<![\p{L}\p{N}])(?:19|20)\d{2}(?![\p{L}\p{N}])/gu)].map((m) => Number(m[0])));
  return years.length >= 2 && Number(stamp.slice(0, 4)) - Math.max(...years) >= CLOCK_YEARS;
}

function memo<T>(read: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (!known.has(text)) known.set(text, read(text));
    return known.get(text)!;
  };
}

function isTitleLike(line: string): boolean {
  return line.length <= MAX_TITLE_CHARS && !/[.;,]$/.test(line) && line.split(' ').length <= 35 && !isListItem(line);
}

const isAllCaps = (line: string) => /\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line) && line.split(' ').length >= 2;

/** A publication stamp with its byline, and the reason it is left out. */
function readHeaderStamp(line: string): (HeaderFields & { published: string; why: string; alone: boolean }) | undefined {
  // A date alone on its line is a stamp wherever it stands: no sentence reports a happening so.
  const stamp = readStampLine(line, { bare: true });
  if (!stamp) return undefined;
  const why = stamp.author || stamp.source ? 'byline and publication date' : 'publication date';
  const fields: HeaderFields & { published: string; why: string; alone: boolean } = { published: stamp.published, why, alone: !readStampLine(line) };
  if (stamp.author) fields.author = stamp.author;
  if (stamp.source) fields.source = stamp.source;
  return fields;
}

function readOutlet(line: string, into: RawArticle): void {
  if (into.source) return;
  const { source } = outletOf(line);
  if (source) into.source = source;
}
