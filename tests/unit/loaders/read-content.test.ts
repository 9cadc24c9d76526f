import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { formatProblem } from '../../../src/lib/errors.ts';
import { buildCorpus } from '../../../src/lib/events/build-corpus.ts';
import { readContent } from '../../../src/loaders/read-content.ts';
import { themesFile } from '../corpus-helpers.ts';

const ARTICLE = (title: string) => `---\ntitle: ${title}\npublished: 2021-10-29\n---\n\nChiều 28/10, hai bên họp.\n`;
let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A content folder holding themes.yaml and the given entries of articles/ (text files, or links when the value is `{ link }`). */
function content(entries: Record<string, string | { link: string }>): string {
  root = mkdtempSync(join(tmpdir(), 'read-content-'));
  mkdirSync(join(root, 'articles'));
  writeFileSync(join(root, 'themes.yaml'), themesFile.bytes);
  for (const [name, value] of Object.entries(entries)) {
    const path = join(root, 'articles', name);
    mkdirSync(join(path, '..'), { recursive: true });
    if (typeof value === 'string') writeFileSync(path, value);
    else symlinkSync(value.link, path);
  }
  return root;
}
const read = (dir: string) => readContent(dir, dir);
const names = (dir: string) => read(dir).articles.map((a) => a.path);

describe('every entry that cannot be read stops the build with its path and the reason', () => {
  test.each([
    // the old walk stopped at the first link to nowhere: "c.md" and everything after it was dropped
    ['a link to nowhere in the middle', { 'a.md': ARTICLE('A'), 'b.md': { link: 'gone.md' }, 'c.md': ARTICLE('C') }, 'articles/b.md:1 [file] cannot be read: it is a symbolic link to "gone.md", which does not exist. Fix: remove the link, or restore what it points to'],
    ['a loop of links', { 'a.md': ARTICLE('A'), 'loop.md': { link: 'loop.md' } }, 'articles/loop.md:1 [file] cannot be read: it is a symbolic link in a loop of links ("loop.md")'],
    ['a link to a folder that is gone (a USB stick not plugged in)', { 'a.md': ARTICLE('A'), archive: { link: '/nonexistent/archive' } }, 'articles/archive:1 [file] cannot be read: it is a symbolic link to "/nonexistent/archive", which does not exist'],
    ['a link back to a folder already read', { 'a.md': ARTICLE('A'), 'more/b.md': ARTICLE('B'), 'more/up': { link: '..' } }, 'articles/more/up:1 [file] a link back to a folder already read (a loop)'],
  ])('%s', (_, entries, message) => {
    const dir = content(entries);
    const result = read(dir);
    expect(result.problems.map(formatProblem)).toEqual([expect.stringContaining(message)]);
    // the readable articles around it are all read
    expect(result.articles.length).toBe(Object.entries(entries).filter(([name, v]) => typeof v === 'string' && name.endsWith('.md')).length);
  });

  test('no articles folder at all (a wrong CONTENT_DIR) is a problem, not an empty site', () => {
    root = mkdtempSync(join(tmpdir(), 'read-content-'));
    writeFileSync(join(root, 'themes.yaml'), themesFile.bytes);
    expect(read(root).problems.map(formatProblem)).toEqual([expect.stringContaining('articles:1 [file] the folder cannot be read: it does not exist')]);
  });

  test('no themes.yaml', () => {
    root = mkdtempSync(join(tmpdir(), 'read-content-'));
    mkdirSync(join(root, 'articles'));
    expect(read(root).problems.map(formatProblem)).toEqual([expect.stringContaining('themes.yaml:1 [file] the theme taxonomy is missing. Fix: copy content/themes.yaml into the content folder')]);
  });
});

test("editors' lock, backup and swap files and files that are not articles are skipped, each with a line", () => {
  const dir = content({
    '.#a.md': { link: 'user@host.1234:1700000000' },
    'a.md': ARTICLE('A'),
    'a.md~': ARTICLE('A'),
    '.a.md.swp': 'b0VIM',
    '#a.md#': ARTICLE('A'),
    'notes.txt': 'ghi chú',
    '.hidden.md': ARTICLE('H'),
    'sub/b.md': ARTICLE('B'),
  });
  const result = read(dir);
  expect(result.problems).toEqual([]);
  expect(names(dir)).toEqual(['articles/a.md', 'articles/sub/b.md']);
  expect(result.skipped).toEqual([
    "articles/#a.md#: an editor's lock, backup or swap file",
    "articles/.#a.md: an editor's lock, backup or swap file",
    "articles/.a.md.swp: an editor's lock, backup or swap file",
    'articles/.hidden.md: a hidden file',
    "articles/a.md~: an editor's lock, backup or swap file",
    'articles/notes.txt: not an article (only .md files are read)',
  ]);
  // and the build reads both articles
  expect(buildCorpus(result.themes, result.articles).report.articles).toBe(2);
});

describe('a malformed YAML file names the file and the line', () => {
  const BOMB = 'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n';
  const enc = (text: string) => new TextEncoder().encode(text);
  test('an alias bomb in an article’s frontmatter', () => {
    const corpus = buildCorpus(themesFile, [{ path: 'content/articles/a.md', bytes: enc(`---\ntitle: x\n${BOMB}---\n\nChiều 28/10.\n`) }]);
    expect(corpus.problems.map(formatProblem)).toEqual([expect.stringMatching(/^content\/articles\/a\.md:4 \[frontmatter\] YAML: .*aliases.*Fix: write the values out/)]);
  });
  test('an alias bomb in themes.yaml', () => {
    const corpus = buildCorpus({ path: 'content/themes.yaml', bytes: enc(`themes:\n  - id: x\n${BOMB}`) }, []);
    expect(corpus.problems.map(formatProblem)).toEqual([expect.stringMatching(/^content\/themes\.yaml:4 \[themes\] YAML: .*aliases.*Fix: write the values out/)]);
  });
});
