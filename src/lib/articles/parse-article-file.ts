import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import type { z } from 'zod';
import { HINTS, type ContentProblem } from '../errors.ts';
import { articleFrontmatterSchema, type ArticleFrontmatter } from '../schemas/article.ts';
import { normalizeText, tidySpaces } from '../text/normalize-text.ts';
import { yamlValue } from './yaml-value.ts';

/** A paragraph of an article's body: its 1-based number (the #p-N anchor) and where it stands in the file. */
export interface Paragraph {
  n: number;
  text: string;
  line: number;
}

export interface ParsedArticle {
  slug: string;
  file: string;
  frontmatter: ArticleFrontmatter;
  paragraphs: Paragraph[];
  /** Line of each frontmatter field path ("events.0.start"), to locate later problems. */
  fieldLines: ReadonlyMap<string, number>;
}

export type ParseResult = { ok: true; article: ParsedArticle } | { ok: false; problems: ContentProblem[] };

/**
 * Reads content/articles/<slug>.md: YAML frontmatter between "---" lines, then the body.
 * The body is plain text: one paragraph per block separated by blank lines, never HTML,
 * so whatever an article contains is shown as text.
 */
export function parseArticleFile(raw: string, file: string, slug: string): ParseResult {
  const text = normalizeText(raw);
  const lines = text.split('\n');
  const fail = (line: number, field: string, message: string, hint: string): ParseResult => ({
    ok: false,
    problems: [{ file, line, field, message, hint }],
  });
  if (!text.trim()) return fail(1, 'file', 'the file is empty', HINTS.emptyFile);
  if (lines[0]?.trim() !== '---') return fail(1, 'frontmatter', 'no frontmatter: the first line is not "---"', HINTS.frontmatterMissing);
  const close = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (close < 0) return fail(1, 'frontmatter', 'the frontmatter has no closing "---" line', HINTS.frontmatterMissing);

  const lineCounter = new LineCounter();
  const yamlText = lines.slice(1, close).join('\n');
  const doc = parseDocument(yamlText, { lineCounter, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + 1; // +1 for the opening "---"
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => ({
        file, line: lineAt(e.pos[0]), field: 'frontmatter', message: `YAML: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`, hint: HINTS.frontmatterSyntax,
      })),
    };
  }
  const fieldLines = new Map<string, number>();
  collectFieldLines(doc.contents, [], fieldLines, lineAt);

  const data = yamlValue(doc);
  if ('error' in data) return fail(lineAt(data.offset), 'frontmatter', data.error, HINTS.yamlAliases);
  const parsed = articleFrontmatterSchema.safeParse(data.value ?? {});
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((issue) => zodProblem(issue, file, fieldLines)) };
  }
  return { ok: true, article: { slug, file, frontmatter: parsed.data, paragraphs: splitParagraphs(lines, close + 1), fieldLines } };
}

function splitParagraphs(lines: readonly string[], from: number): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let buffer: string[] = [];
  let startLine = 0;
  const flush = () => {
    const joined = tidySpaces(buffer.join(' '));
    if (joined) paragraphs.push({ n: paragraphs.length + 1, text: joined, line: startLine });
    buffer = [];
  };
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim()) {
      flush();
      continue;
    }
    if (buffer.length === 0) startLine = i + 1;
    buffer.push(line);
  }
  flush();
  return paragraphs;
}

function collectFieldLines(node: unknown, path: (string | number)[], into: Map<string, number>, lineAt: (o: number) => number): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = String((pair.key as Node | null)?.toJSON?.() ?? pair.key);
      const keyNode = pair.key as Node | null;
      if (keyNode?.range) into.set([...path, key].join('.'), lineAt(keyNode.range[0]));
      collectFieldLines(pair.value, [...path, key], into, lineAt);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => {
      const range = (item as Node | null)?.range;
      if (range) into.set([...path, i].join('.'), lineAt(range[0]));
      collectFieldLines(item, [...path, i], into, lineAt);
    });
  }
}

/** The line of the deepest known part of a field path. */
export function lineOfField(fieldLines: ReadonlyMap<string, number>, path: readonly PropertyKey[]): number {
  for (let depth = path.length; depth > 0; depth--) {
    const line = fieldLines.get(path.slice(0, depth).join('.'));
    if (line !== undefined) return line;
  }
  return 1;
}

/** "events.2.start" → "events[2].start" for messages. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, part) => (typeof part === 'number' ? `${name}[${part}]` : name ? `${name}.${String(part)}` : String(part)), '');
}

function zodProblem(issue: z.core.$ZodIssue, file: string, fieldLines: ReadonlyMap<string, number>): ContentProblem {
  if (issue.code === 'unrecognized_keys') {
    const path = [...issue.path, issue.keys[0]!];
    return { file, line: lineOfField(fieldLines, path), field: fieldName(path), message: `unknown field "${issue.keys.join('", "')}"`, hint: HINTS.unknownField(issue.keys[0]!) };
  }
  const field = fieldName(issue.path) || 'frontmatter';
  const message = issue.code === 'invalid_type' && issue.input === undefined ? 'this field is required' : issue.message;
  return { file, line: lineOfField(fieldLines, issue.path), field, message, hint: HINTS.fieldValue };
}
