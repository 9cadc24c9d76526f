// After the build: a service worker (Workbox) that precaches what a first visit needs and keeps
// the pages a reader opens; the list "Save for offline" downloads to keep all the rest; and a
// portable copy for opening from disk (dist-portable/, also zipped into dist/ for download).
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, matchesGlob, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { generateSW } from 'workbox-build';

export const OFFLINE_ZIP = 'bien-nien-offline.zip';
/** What "Save for offline" reads: every file not precached, with its size, and their total alone. */
export const SAVE_LIST = 'offline/files.json';
export const SAVE_SIZE = 'offline/size.json';
/**
 * The cache of pages the service worker keeps as they are opened, which "Save for offline" fills
 * with the rest (js/site.js reads the name from the list). Written into the worker's route below.
 */
export const PAGES_CACHE = 'bien-nien-pages';
/**
 * What the service worker precaches on a first visit: the shell (both home pages, the presenter
 * view, the offline pages and the size "Save for offline" shows), every script, style, font and icon, and the timeline's data and
 * texts. Everything else is cached when opened, or saved with "Save for offline".
 */
const PRECACHED = [
  'index.html', 'en/index.html', 'presenter/index.html', 'en/presenter/index.html', 'offline/index.html', 'en/offline/index.html', SAVE_SIZE,
  'js/*.js', 'styles/*.css', 'fonts/*.woff2', 'data/timeline.js', 'data/texts.js', '*.svg', '*.png', 'manifest.webmanifest',
];
// Files past this size are left out of the precache (listed in the build report); they open online only.
const MAX_FILE_MB = Number(process.env.OFFLINE_MAX_FILE_MB ?? 20);

export default function offline() {
  return {
    name: 'offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // Beside the build's own folder: scripts/build.mjs builds into a fresh one and swaps both in.
        const dist = fileURLToPath(dir);
        const portable = `${dist.replace(/\/$/, '')}-portable`;
        writePortableCopy(dist, portable);
        writeFileSync(join(dist, OFFLINE_ZIP), zipFolder(portable, 'bien-nien-asean-nga'));
        const saveList = writeSaveList(dist);
        const { count, size } = await generateSW({
          globDirectory: dist,
          globPatterns: PRECACHED,
          globIgnores: ['sw.js', '**/*.map'],
          swDest: join(dist, 'sw.js'),
          directoryIndex: 'index.html',
          // Pages carry their view in the query (?q=…&event=…): the cached page serves them all.
          ignoreURLParametersMatching: [/.*/],
          cleanupOutdatedCaches: true,
          // A new build installs beside the old one; the page offers to switch (SKIP_WAITING),
          // and a visit after every tab was closed starts on it. Old caches are then removed.
          skipWaiting: false,
          clientsClaim: false,
          inlineWorkboxRuntime: true,
          mode: 'production',
          sourcemap: false,
          maximumFileSizeToCacheInBytes: MAX_FILE_MB * 1024 * 1024,
          // Every other file of the site: from the network, kept when it is a page (or was saved),
          // from the cache offline; a page never saved redirects to the offline page.
          runtimeCaching: [{ urlPattern: ({ url }) => url.origin === self.location.origin && !url.pathname.endsWith('.zip'), handler: savedOrNetwork }],
        });
        logger.info(`service worker precaches ${count} files (${Math.round(size / 1024)} KiB); "Save for offline" adds ${saveList.files.length} (${Math.round(saveList.bytes / 1024)} KiB); portable copy in ${relative(process.cwd(), portable)}, zipped as ${OFFLINE_ZIP}`);
        // Nothing is left out of the offline copy unsaid.
        for (const file of leftOutOfCache(dist, MAX_FILE_MB)) {
          const size = file.bytes >= 1024 * 1024 ? `${(file.bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(file.bytes / 1024)} KB`;
          logger.warn(`not available offline: ${file.path} is ${size}, over the offline cache's ${MAX_FILE_MB} MB per file (OFFLINE_MAX_FILE_MB); it opens only online`);
        }
      },
    },
  };
}

const isPrecached = (path) => PRECACHED.some((pattern) => matchesGlob(path, pattern));

/** The files the service worker would precache but for their size, largest first. */
export function leftOutOfCache(dist, maxMB) {
  return walk(dist)
    .filter((path) => isPrecached(relative(dist, path)) && !path.endsWith('sw.js') && !path.endsWith('.map'))
    .map((path) => ({ path: relative(dist, path), bytes: statSync(path).size }))
    .filter((file) => file.bytes > maxMB * 1024 * 1024)
    .sort((a, b) => b.bytes - a.bytes || (a.path < b.path ? -1 : 1));
}

/**
 * What "Save for offline" downloads: every file the service worker does not precache (pages by
 * their folder's address, as they are opened), with sizes, and the total in a file of its own
 * that the page reads to show the size before anything is downloaded.
 */
function writeSaveList(dist) {
  const files = walk(dist)
    .map((path) => relative(dist, path))
    .filter((path) => !isPrecached(path) && !/(^|\/)sw\.js$|\.map$|\.zip$/.test(path) && path !== SAVE_LIST)
    .map((path) => [path.replace(/(^|\/)index\.html$/, '$1'), statSync(join(dist, path)).size]);
  const bytes = files.reduce((sum, [, size]) => sum + size, 0);
  mkdirSync(join(dist, 'offline'), { recursive: true });
  writeFileSync(join(dist, SAVE_LIST), JSON.stringify({ cache: PAGES_CACHE, bytes, files }));
  writeFileSync(join(dist, SAVE_SIZE), JSON.stringify({ bytes, files: files.length }));
  return { files, bytes };
}

/**
 * The service worker's route for everything not precached (its source is copied into sw.js, so
 * it names the cache itself). Online: the network, and a page is kept for later (a saved file
 * is refreshed). Offline: the kept copy, else, for a page, the offline page in its language,
 * which says so and offers to save the whole site; the address asked for goes with it.
 */
async function savedOrNetwork({ request, url }) {
  const cache = await caches.open('bien-nien-pages');
  const key = url.origin + url.pathname;
  try {
    const response = await fetch(request);
    if (response.ok && (request.mode === 'navigate' || (await cache.match(key)))) await cache.put(key, response.clone());
    return response;
  } catch (error) {
    const saved = await cache.match(key);
    if (saved) return saved;
    if (request.mode !== 'navigate') throw error;
    const scope = new URL(self.registration.scope);
    const offline = new URL(url.pathname.startsWith(`${scope.pathname}en/`) ? 'en/offline/' : 'offline/', scope);
    offline.searchParams.set('page', url.pathname.slice(scope.pathname.length) + url.search);
    return Response.redirect(offline.href, 302);
  }
}

/**
 * The site for file://: browsers show a folder listing for "articles/x/", so every relative
 * link to a folder gets its index.html. Everything else is the same files.
 */
function writePortableCopy(dist, portable) {
  rmSync(portable, { recursive: true, force: true });
  cpSync(dist, portable, { recursive: true, filter: (path) => !path.endsWith('.zip') && !path.endsWith('sw.js') });
  for (const file of walk(portable)) {
    if (!file.endsWith('.html')) continue;
    const html = readFileSync(file, 'utf8').replace(/(href=")(\.{1,2}\/[^"#?]*\/|\.\/)([?#][^"]*)?"/g, (_, attr, path, rest = '') => `${attr}${path}index.html${rest}"`);
    writeFileSync(file, html);
  }
}

/** A zip with fixed timestamps, so two builds of the same content give the same bytes. */
function zipFolder(folder, prefix) {
  const files = {};
  for (const file of walk(folder)) files[`${prefix}/${relative(folder, file)}`] = [readFileSync(file), { mtime: new Date(Date.UTC(2020, 0, 1)) }];
  return zipSync(files, { level: 9 });
}

function walk(dir) {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
