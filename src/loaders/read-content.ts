import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { SourceFile } from '../lib/events/build-corpus.ts';

/** The content folder: CONTENT_DIR, or "content" in the project. */
export function contentDir(root = process.cwd()): string {
  return resolve(root, process.env['CONTENT_DIR'] ?? 'content');
}

/** themes.yaml and every articles/**\/*.md under the content folder, as bytes, paths relative to `root`. */
export function readContent(dir: string, root = process.cwd()): { themes: SourceFile; articles: SourceFile[] } {
  const read = (path: string): SourceFile => ({ path: relative(root, path) || path, bytes: readFileSync(path) });
  const articlesDir = join(dir, 'articles');
  const articles: SourceFile[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.md')) articles.push(read(path));
    }
  };
  try {
    walk(articlesDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const themesPath = join(dir, 'themes.yaml');
  if (!existsSync(themesPath)) {
    throw new Error(`${relative(root, themesPath) || themesPath}: the theme taxonomy is missing. Fix: copy content/themes.yaml into the content folder (CONTENT_DIR=${dir}).`);
  }
  return { themes: read(themesPath), articles };
}
