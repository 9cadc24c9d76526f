import type { ParsedArticle } from '../articles/parse-article-file.ts';
import { HINTS, type ContentProblem } from '../errors.ts';
import { dateOrderFor, type DateOrderChoice } from '../dates/date-order.ts';
import { findDates, type WorkMeter } from '../dates/find-dates.ts';
import { spanOf, toIsoDate } from '../dates/partial-date.ts';
import { resolveDates, type ArticleMention } from '../dates/resolve-dates.ts';
import type { TimelineEvent, YearInferenceData } from '../schemas/event.ts';
import { themesFor, type ThemeMatcher } from '../themes/match-themes.ts';
import { splitSentences } from '../text/split-sentences.ts';
import { eventId } from './event-id.ts';
import { isReferenceDate } from './is-reference-date.ts';
import { clip, eventTitle, reported } from './name-phrase.ts';

/** A date mention with the sentence and paragraph it stands in. */
interface LocatedMention extends ArticleMention {
  line: number;
  /** Where `sentence` begins in its paragraph. */
  sentenceStart: number;
}

/** A mention whose date is known or worked out: a candidate event. */
interface DatedMention extends LocatedMention {
  startIso: string;
  endIso?: string;
  inference?: YearInferenceData;
}

export interface Extraction {
  events: TimelineEvent[];
  /** Date mentions that could not be placed, for the build report. */
  unplaced: Array<{ text: string; paragraph: number; reason: string }>;
  problems: ContentProblem[];
}

const SUMMARY_MAX = 320;
// In how many paragraphs the article must name a theme for its main event to carry it.
const ARTICLE_THEME_MIN_PARAGRAPHS = 3;
// The main event is looked for in the lead first: news puts the happening there.
const LEAD_PARAGRAPHS = 3;

/** An article's events: its main news event, then other dated happenings it reports. `meter` counts the date work. */
export function extractEvents(article: ParsedArticle, matcher: ThemeMatcher, meter?: WorkMeter): Extraction {
  const { frontmatter } = article;
  const problems: ContentProblem[] = [];
  const order = dateOrderFor(frontmatter);
  const located = locateMentions(article, order, problems, meter);
  const unplaced: Extraction['unplaced'] = [];
  const dated: DatedMention[] = [];
  const resolutions = resolveDates(located, { published: frontmatter.published, order }, meter);
  located.forEach((mention, i) => {
    const resolved = resolutions[i]!;
    if ('clue' in resolved) return;
    if ('unplaced' in resolved) {
      if (resolved.impossible) {
        problems.push({ file: article.file, line: mention.line, field: 'body', message: `impossible date "${mention.text}": ${resolved.unplaced}`, hint: HINTS.impossibleDate });
      } else unplaced.push({ text: mention.text, paragraph: mention.paragraph, reason: resolved.unplaced });
      return;
    }
    const { start, end, inference } = resolved.placed;
    const date: DatedMention = { ...mention, startIso: toIsoDate(start) };
    if (end) date.endIso = toIsoDate(end);
    if (inference) date.inference = inference;
    dated.push(date);
  });

  // A statistic's reference date ("dân số tính đến 1/1/2018", "GDP năm 2016") dates a figure, not a happening.
  const candidates = dated.filter((m) => !isReferenceDate(m.sentence, m.text, m.offset));
  const main = pickMain(candidates);
  if (!main) return { events: [], unplaced, problems };
  const paragraphs = article.paragraphs.map((p) => p.text);
  // The other sentences that give an event's date: one may name the happening its own sentence does not.
  const sameDate = (m: DatedMention) => candidates.filter((c) => c !== m && dateKey(c) === dateKey(m)).map((c) => ({ sentence: c.sentence, dateText: c.text }));
  const events: TimelineEvent[] = [
    toEvent(main, {
      // The headline titles the main event when it tells what the main sentence reports.
      title: eventTitle(main.sentence, main.text, { headline: frontmatter.title, sameDate: sameDate(main) }),
      summary: clip(article.paragraphs[0]!.text, SUMMARY_MAX),
      // The main event is the news the whole article reports (unless the article looks back on it from
      // long after): its headline's themes and those the article keeps returning to.
      themes: isNews(main, frontmatter.published)
        ? themesFor(matcher, `${main.sentence} ${frontmatter.title}`, { paragraphs, minParagraphs: ARTICLE_THEME_MIN_PARAGRAPHS })
        : themesFor(matcher, main.sentence),
      main: true,
    }, article),
  ];
  const seen = new Set([dateKey(main)]);
  for (const mention of candidates) {
    if (seen.has(dateKey(mention)) || isContextOf(mention, main)) continue;
    seen.add(dateKey(mention));
    events.push(
      toEvent(mention, {
        // A name already given to another date of this article names that happening, not this one.
        title: eventTitle(mention.sentence, mention.text, { taken: events.map((e) => e.title), sameDate: sameDate(mention) }),
        summary: clip(mention.sentence, SUMMARY_MAX),
        // Its own sentence's themes only (what it reports, not who reported it): words elsewhere in the article are about other things.
        themes: themesFor(matcher, reported(mention.sentence)),
        main: false,
      }, article),
    );
  }
  return { events, unplaced, problems };
}

/** Every date in the article, sentence by sentence (chrono reads short texts in linear time). */
function locateMentions(article: ParsedArticle, order: DateOrderChoice, problems: ContentProblem[], meter?: WorkMeter): LocatedMention[] {
  const located: LocatedMention[] = [];
  const { language, published } = article.frontmatter;
  const options = { language, dateOrder: order.order, reference: published, meter, clues: true };
  for (const paragraph of article.paragraphs) {
    for (const sentence of splitSentences(paragraph.text)) {
      const { mentions, problems: bad } = findDates(sentence.text, options);
      for (const p of bad) {
        problems.push({ file: article.file, line: paragraph.line, field: 'body', message: `impossible date "${p.text}": ${p.reason}`, hint: HINTS.impossibleDate });
      }
      for (const m of mentions) {
        located.push({ ...m, paragraph: paragraph.n, line: paragraph.line, sentence: sentence.text, sentenceStart: sentence.start, offset: m.index });
      }
    }
  }
  return located;
}

/** The news event itself: the first exact day in the lead, else the first day, month, or any date. */
function pickMain(dated: readonly DatedMention[]): DatedMention | undefined {
  const single = dated.filter((m) => !m.endIso);
  return (
    single.find((m) => m.precision === 'day' && m.paragraph <= LEAD_PARAGRAPHS) ??
    single.find((m) => m.precision === 'day') ??
    single.find((m) => m.precision === 'month') ??
    dated[0]
  );
}

const PART_OF_PERIOD = /(?<![\p{L}])(?:đầu|giữa|cuối|thượng tuần|trung tuần|hạ tuần|early|mid|late|end of|beginning of)(?![\p{L}])/iu;

// An article published this long after its main event looks back on it rather than reports it.
const NEWS_DAYS = 31;
const DAY_MS = 86_400_000;

/** Whether the article reports `main` as news: published (when known) no later than a month after it. */
function isNews(main: DatedMention, published: string | undefined): boolean {
  if (!published) return true;
  const [, mainEnd] = spanOf(main.endIso ?? main.startIso);
  const [publishedStart] = spanOf(published);
  return publishedStart - mainEnd <= NEWS_DAYS * DAY_MS;
}

const dateKey = (m: DatedMention) => `${m.startIso}/${m.endIso ?? ''}`;

/** "năm 2021" in an article about 28/10/2021 only restates when the news happened: not an event of its own. */
function isContextOf(mention: DatedMention, main: DatedMention): boolean {
  // A part of the month or year ("cuối tháng 8", "late 2021") or a time still to come is a time of its own.
  if (mention.endIso || mention.precision === 'day' || mention.tense === 'coming' || PART_OF_PERIOD.test(mention.text)) return false;
  const [from, to] = spanOf(mention.startIso);
  const [mainStart] = spanOf(main.startIso);
  return from <= mainStart && mainStart < to;
}

function toEvent(
  mention: DatedMention,
  described: { title: string; summary: string; themes: string[]; main: boolean },
  article: ParsedArticle,
): TimelineEvent {
  const event: TimelineEvent = {
    id: '',
    title: described.title,
    summary: described.summary,
    start: mention.startIso,
    precision: mention.precision,
    dateText: mention.text,
    dateInferred: mention.inference !== undefined,
    themes: described.themes,
    language: article.frontmatter.language,
    main: described.main,
    edited: false,
    sources: [{ article: article.slug, paragraph: mention.paragraph, sentence: mention.sentence, dateOffsets: [mention.sentenceStart + mention.offset, mention.sentenceStart + mention.offset + mention.text.length] }],
  };
  if (mention.endIso) event.end = mention.endIso;
  if (mention.inference) event.inference = mention.inference;
  event.id = eventId(event);
  return event;
}
