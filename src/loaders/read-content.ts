import { lstatSync, readFileSync, readdirSync, readlinkSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { SourceFile } from '../lib/events/build-corpus.ts';
import type { ContentProblem } from '../lib/errors.ts';

/** The content folder: CONTENT_DIR, or "content" in the project. */
export function contentDir(root = process.cwd()): string {
  return resolve(root, process.env['CONTENT_DIR'] ?? 'content');
}

export interface ContentFiles {
  themes: SourceFile;
  articles: SourceFile[];
  /** Entries left out on purpose (editors' lock and backup files, files that are not articles), one line each for the report. */
  skipped: string[];
  /** Entries that cannot be read: each stops the build, with its path and the reason. */
  problems: ContentProblem[];
}

// Files editors keep beside the one being edited: Emacs locks (.#x.md, a link to nowhere) and
// autosaves (#x.md#), backups (x.md~, x.md.bak), Vim swap files (.x.md.swp), LibreOffice locks,
// and the folders' own files of macOS and Windows.
const EDITOR_FILE = /^(\.#.*|#.*#|.*~|.*\.bak|\..*\.sw[a-p]|\.~lock\..*#|\.DS_Store|Thumbs\.db|desktop\.ini)$/;

/** Why an entry of the articles folder is left out whatever it is (an editor's file, a hidden one), or undefined. */
export function editorOrHidden(name: string): string | undefined {
  if (EDITOR_FILE.test(name)) return "an editor's lock, backup or swap file";
  if (name.startsWith('.')) return 'a hidden file';
  return undefined;
}

/**
 * themes.yaml and every articles/**\/*.md under the content folder, as bytes, paths relative to
 * `root`. Nothing is left out without a line saying so: an entry that cannot be read (a link to
 * nowhere, a loop of links, no permission) is a problem that stops the build.
 */
export function readContent(dir: string, root = process.cwd()): ContentFiles {
  const shown = (path: string) => relative(root, path) || path;
  const problems: ContentProblem[] = [];
  const skipped: string[] = [];
  const problem = (path: string, message: string, hint: string) => problems.push({ file: shown(path), line: 1, field: 'file', message, hint });
  const read = (path: string): SourceFile | undefined => {
    try {
      return { path: shown(path), bytes: readFileSync(path) };
    } catch (error) {
      problem(path, `cannot be read: ${reason(path, error)}`, fixFor(error));
      return undefined;
    }
  };

  const articles: SourceFile[] = [];
  const seenFolders = new Set<string>();
  const walk = (folder: string) => {
    let names: string[];
    try {
      names = readdirSync(folder).sort();
      seenFolders.add(realpathSync(folder));
    } catch (error) {
      problem(folder, `the folder cannot be read: ${reason(folder, error)}`, fixFor(error));
      return;
    }
    for (const name of names) {
      const path = join(folder, name);
      // An editor's lock file is a link to nowhere by design: it is skipped before links are followed.
      const why = editorOrHidden(name);
      if (why) {
        skipped.push(`${shown(path)}: ${why}`);
        continue;
      }
      let stats: Stats;
      try {
        stats = statSync(path);
      } catch (error) {
        problem(path, `cannot be read: ${reason(path, error)}`, fixFor(error));
        continue;
      }
      if (stats.isFile() && !name.endsWith('.md')) skipped.push(`${shown(path)}: not an article (only .md files are read)`);
      else if (stats.isDirectory()) {
        if (seenFolders.has(realpathSync(path))) problem(path, 'a link back to a folder already read (a loop)', 'remove the link');
        else walk(path);
      } else if (!stats.isFile()) problem(path, 'not a regular file (a device, a pipe or a socket)', 'remove it from the articles folder');
      else {
        const file = read(path);
        if (file) articles.push(file);
      }
    }
  };
  walk(join(dir, 'articles'));

  const themesPath = join(dir, 'themes.yaml');
  let themes: SourceFile | undefined;
  try {
    statSync(themesPath);
    themes = read(themesPath);
  } catch {
    problem(themesPath, 'the theme taxonomy is missing', `copy content/themes.yaml into the content folder (CONTENT_DIR=${dir})`);
  }
  return { themes: themes ?? { path: shown(themesPath), bytes: new Uint8Array() }, articles, skipped, problems };
}

/** What went wrong, in words: a link's target is named. */
function reason(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  let link: string | undefined;
  try {
    if (lstatSync(path).isSymbolicLink()) link = readlinkSync(path);
  } catch {
    // the entry itself is gone: the code says why
  }
  if (code === 'ENOENT') return link === undefined ? 'it does not exist' : `it is a symbolic link to "${link}", which does not exist`;
  if (code === 'ELOOP') return `it is a symbolic link in a loop of links${link === undefined ? '' : ` ("${link}")`}`;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  return (error as Error).message;
}

function fixFor(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ELOOP') return 'remove the link, or restore what it points to (CONTENT_DIR selects the content folder)';
  if (code === 'EACCES' || code === 'EPERM') return 'give the build permission to read it (chmod a+r), or move it out of the content folder';
  return 'remove it from the content folder, or make it a readable file';
}
