import { parseArticleFile, type ParsedArticle } from '../articles/parse-article-file.ts';
import { describeInference } from '../dates/describe-inference.ts';
import { HINTS, type ContentProblem } from '../errors.ts';
import type { YearInferenceData, TimelineEvent } from '../schemas/event.ts';
import type { ArticleRecord } from '../schemas/article.ts';
import type { Theme } from '../schemas/theme.ts';
import { createThemeMatcher, themesFor } from '../themes/match-themes.ts';
import { parseThemesFile } from '../themes/parse-themes-file.ts';
import { decodeBytes } from '../text/decode-bytes.ts';
import { applyOverrides } from './apply-overrides.ts';
import { extractEvents } from './extract-events.ts';
import { mergeEvents } from './merge-events.ts';

export interface SourceFile {
  /** Path for messages, e.g. "content/articles/asean-nga.md". */
  path: string;
  bytes: Uint8Array;
}

export interface UndatedArticle {
  slug: string;
  title: string;
  file: string;
  reason: string;
}

export interface BuildReport {
  articles: number;
  events: number;
  inferred: Array<{ id: string; dateText: string; start: string; inference: YearInferenceData }>;
  undated: UndatedArticle[];
  /** Events that several articles report, joined into one: said in the report, never silently. */
  joined: JoinedEvent[];
  warnings: string[];
}

export interface JoinedEvent {
  id: string;
  /** "content/articles/a.md (paragraph 2)", one per source. */
  sources: string[];
  /** An editor's `id:` in their frontmatter, or the same date and similar titles. */
  by: 'id' | 'title';
}

export interface Corpus {
  themes: Theme[];
  articles: ArticleRecord[];
  events: TimelineEvent[];
  undated: UndatedArticle[];
  report: BuildReport;
  /** Problems that must stop the build; empty when the content is publishable. */
  problems: ContentProblem[];
}

const SLUG = /^[a-z0-9][a-z0-9-]*$/;

/** The whole pipeline, pure: theme and article files in, the site's data and a report out. */
export function buildCorpus(themesFile: SourceFile, articleFiles: readonly SourceFile[]): Corpus {
  const problems: ContentProblem[] = [];
  const warnings: string[] = [];
  const themesText = decodeBytes(themesFile.bytes);
  const themesResult = 'text' in themesText ? parseThemesFile(themesText.text, themesFile.path) : { problems: [{ file: themesFile.path, line: 1, field: 'file', message: themesText.error, hint: themesText.notText ? HINTS.notText : HINTS.encoding }] };
  if ('problems' in themesResult) return emptyCorpus(themesResult.problems);
  const { themes } = themesResult;
  const themeIds = themes.map((t) => t.id);
  const matcher = createThemeMatcher(themes);

  const parsed: ParsedArticle[] = [];
  const slugFiles = new Map<string, string>();
  for (const file of [...articleFiles].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const slug = file.path.split('/').pop()!.replace(/\.md$/, '');
    const at = { file: file.path, line: 1 };
    if (!SLUG.test(slug)) {
      problems.push({ ...at, field: 'file name', message: `"${slug}" is not a valid slug`, hint: 'name the file with lower-case letters, digits and "-" only' });
      continue;
    }
    const earlier = slugFiles.get(slug);
    if (earlier) {
      problems.push({ ...at, field: 'file name', message: `slug "${slug}" is already used by ${earlier}`, hint: HINTS.duplicateSlug });
      continue;
    }
    slugFiles.set(slug, file.path);
    const decoded = decodeBytes(file.bytes);
    if ('error' in decoded) {
      problems.push({ ...at, field: 'file', message: decoded.error, hint: decoded.notText ? HINTS.notText : HINTS.encoding });
      continue;
    }
    if (decoded.removed) warnings.push(`${file.path}: ${decoded.removed} control character(s) (NUL, ESC…) taken out of the text`);
    const result = parseArticleFile(decoded.text, file.path, slug);
    if (result.ok) parsed.push(result.article);
    else problems.push(...result.problems);
  }

  const extracted: TimelineEvent[] = [];
  const undated: UndatedArticle[] = [];
  for (const article of parsed) {
    const extraction = article.frontmatter.extract ? extractEvents(article, matcher) : { events: [], unplaced: [], problems: [] };
    problems.push(...extraction.problems);
    const { events, problems: overrideProblems } = applyOverrides(article, extraction.events, themeIds);
    problems.push(...overrideProblems);
    for (const u of extraction.unplaced) warnings.push(`${article.file}: "${u.text}" (paragraph ${u.paragraph}) not placed: ${u.reason}`);
    for (const event of events) {
      if (event.themes.length === 0) event.themes = themesFor(matcher, `${event.title} ${event.summary}`);
      extracted.push(event);
    }
    if (events.length === 0) {
      const reason = article.paragraphs.length === 0
        ? 'the article has no text'
        : extraction.unplaced.length
          ? `dates without a year and nothing to infer one from (${extraction.unplaced.map((u) => `"${u.text}"`).join(', ')}); add \`published\``
          : 'no date found in the text; add an `events:` entry with `title` and `start`';
      undated.push({ slug: article.slug, title: article.frontmatter.title, file: article.file, reason });
    }
  }

  const events = mergeEvents(extracted);
  const undatedBySlug = new Map(undated.map((u) => [u.slug, u.reason]));
  const eventIdsByArticle = new Map<string, string[]>();
  for (const event of events) {
    for (const slug of new Set(event.sources.map((s) => s.article))) eventIdsByArticle.set(slug, [...(eventIdsByArticle.get(slug) ?? []), event.id]);
  }
  const articles = parsed.map((article): ArticleRecord => {
    const { events: _overrides, ...frontmatter } = article.frontmatter;
    const record: ArticleRecord = {
      ...frontmatter,
      slug: article.slug,
      file: article.file,
      paragraphs: article.paragraphs,
      eventIds: eventIdsByArticle.get(article.slug) ?? [],
    };
    const undatedReason = undatedBySlug.get(article.slug);
    if (undatedReason) record.undatedReason = undatedReason;
    return record;
  });
  const report: BuildReport = {
    articles: articles.length,
    events: events.length,
    inferred: events.filter((e) => e.inference).map((e) => ({ id: e.id, dateText: e.dateText, start: e.start, inference: e.inference! })),
    undated,
    joined: joinedEvents(events, parsed),
    warnings,
  };
  return { themes, articles, events, undated, report, problems };
}

/** Every event with sources in more than one article, and why they were joined. */
function joinedEvents(events: readonly TimelineEvent[], parsed: readonly ParsedArticle[]): JoinedEvent[] {
  const files = new Map(parsed.map((a) => [a.slug, a.file]));
  const chosen = new Set(parsed.flatMap((a) => a.frontmatter.events.flatMap((o) => (o.id ? [o.id] : []))));
  return events
    .filter((e) => new Set(e.sources.map((s) => s.article)).size > 1)
    .map((e) => ({ id: e.id, sources: e.sources.map((s) => `${files.get(s.article) ?? s.article} (paragraph ${s.paragraph})`), by: chosen.has(e.id) ? 'id' : 'title' }));
}

function emptyCorpus(problems: ContentProblem[]): Corpus {
  return { themes: [], articles: [], events: [], undated: [], report: { articles: 0, events: 0, inferred: [], undated: [], joined: [], warnings: [] }, problems };
}

/** The report an editor reads after a build. */
export function formatReport(report: BuildReport): string[] {
  const lines = [`${report.articles} article(s) read, ${report.events} event(s), ${report.inferred.length} with an inferred date, ${report.undated.length} undated article(s)`];
  for (const i of report.inferred) lines.push(`  inferred: ${i.id}: "${i.dateText}" → ${i.start}, ${describeInference(i.inference)}`);
  for (const u of report.undated) lines.push(`  undated: ${u.file}: ${u.reason}`);
  for (const j of report.joined) lines.push(`  joined: ${j.id}: ${j.sources.join(', ')}: ${j.by === 'id' ? 'the same `id:` in their frontmatter' : 'the same date and similar titles'}`);
  for (const w of report.warnings) lines.push(`  warning: ${w}`);
  return lines;
}
