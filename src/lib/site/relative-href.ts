/**
 * Links between pages are relative ("../../articles/x/#p-2"), so the built site works below
 * any base path and from a folder opened with file://, not only at a server's root.
 */

/** The page's path inside the site ("/articles/x/"), whatever base the site is served under. */
export function sitePath(pathname: string, base: string): string {
  const baseDir = base.endsWith('/') ? base : `${base}/`;
  const inside = pathname.startsWith(baseDir) ? pathname.slice(baseDir.length - 1) : pathname;
  return inside.endsWith('/') || /\.[a-z0-9]+$/i.test(inside) ? inside : `${inside}/`;
}

/** A relative URL from the page at `fromPage` to `to`; both are site paths starting with "/". */
export function relativeHref(fromPage: string, to: string): string {
  const depth = fromPage.split('/').length - 2; // "/" → 0, "/articles/x/" → 2, "/en/" → 1
  const prefix = depth > 0 ? '../'.repeat(depth) : './';
  return prefix + to.replace(/^\//, '');
}
