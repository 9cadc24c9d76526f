/**
 * A problem in the content, located for the editor who must fix it.
 * Every message the pipeline gives an editor is built here, so tests can import the wording.
 */
export interface ContentProblem {
  /** Path of the file, relative to the project or content folder. */
  file: string;
  /** 1-based line in that file. */
  line: number;
  /** The frontmatter field ("published", "events[2].start") or "body". */
  field: string;
  message: string;
  /** How to fix it. */
  hint: string;
}

export function formatProblem(p: ContentProblem): string {
  return `${p.file}:${p.line} [${p.field}] ${p.message}. Fix: ${p.hint}`;
}

/** Thrown by the build when content cannot be published as it is. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    super(`${problems.length} problem(s) in the content:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

export const HINTS = Object.freeze({
  frontmatterSyntax: 'correct the YAML between the two "---" lines (quote text containing ":" or "#")',
  yamlAliases: 'write the values out instead of repeating them with YAML aliases (&name … *name)',
  frontmatterMissing: 'start the file with a "---" line, the fields, and another "---" line',
  unknownField: (field: string) => `remove "${field}" or move it into the body; allowed fields are listed in src/lib/schemas/article.ts`,
  fieldValue: 'correct the value as the message says',
  unknownTheme: (known: readonly string[]) => `use one of: ${known.join(', ')}, or add the theme to content/themes.yaml`,
  impossibleDate: 'correct the date in the article text, or drop it with an `events:` override in the frontmatter',
  overrideUnmatched: 'set `match` to the date words as the article writes them, or to an event id from the build report',
  overrideIncomplete: 'an added event (no `match`) needs at least `title` and `start`',
  paragraphNumber: (count: number) => (count ? `use a paragraph number from 1 to ${count} (the article page shows paragraph N at #p-N)` : 'the article has no paragraphs: add its text below the frontmatter, or leave out `paragraph`'),
  sameIdInArticle: 'give each event of an article its own id; the same id in two different articles joins their events on purpose',
  duplicateSlug: 'rename one of the files: slugs come from file names and must be unique',
  encoding: 'save the file as UTF-8 (in most editors: "Save with encoding" → UTF-8)',
  notText: 'copy the article\'s words into a text file (.txt) and import that; images, PDFs and office documents are not read',
  emptyFile: 'paste the article text into the file, or delete it',
});
