import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { JSDOM } from 'jsdom';

/**
 * Every internal link of a built site, checked: the page it points to exists, and so does the
 * element its #fragment names. Returns one line per broken link, naming the page and the link.
 */
export function brokenLinks(dist: string): string[] {
  const pages = htmlFiles(dist);
  const ids = new Map<string, Set<string>>();
  const documents = new Map<string, Document>();
  for (const file of pages) {
    const { document } = new JSDOM(readFileSync(file, 'utf8')).window;
    documents.set(file, document);
    ids.set(file, new Set([...document.querySelectorAll('[id]')].map((el) => el.id)));
  }
  const broken: string[] = [];
  for (const [file, document] of documents) {
    const pageUrl = new URL(`file://${file}`);
    const refs = [...document.querySelectorAll('a[href], link[href], script[src], img[src]')].map((el) => el.getAttribute('href') ?? el.getAttribute('src')!);
    for (const ref of refs) {
      if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(ref) && !ref.startsWith('file:')) continue; // external: checked by nobody, allowed only as article URLs
      const target = new URL(ref, pageUrl);
      let path = decodeURIComponent(target.pathname);
      if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
      const where = `${relative(dist, file)}: ${ref}`;
      if (!existsSync(path)) {
        broken.push(`${where} → no such file ${relative(dist, path)}`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && path.endsWith('.html') && !ids.get(path)?.has(fragment)) broken.push(`${where} → no element #${fragment}`);
    }
  }
  return broken;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}
