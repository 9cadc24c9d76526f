// After the build: a service worker that precaches the whole site (Workbox), and a portable
// copy for opening from disk (dist-portable/, also zipped into dist/ for download).
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { generateSW } from 'workbox-build';

export const OFFLINE_ZIP = 'bien-nien-offline.zip';
// What the service worker precaches: every page, script, style, font, image and data file.
const PRECACHED = ['html', 'js', 'css', 'woff2', 'svg', 'png', 'webmanifest', 'json', 'ics', 'csv'];
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
        const { count, size } = await generateSW({
          globDirectory: dist,
          globPatterns: [`**/*.{${PRECACHED.join(',')}}`],
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
        });
        logger.info(`service worker precaches ${count} files (${Math.round(size / 1024)} KiB); portable copy in ${relative(process.cwd(), portable)}, zipped as ${OFFLINE_ZIP}`);
        // Nothing is left out of the offline copy unsaid.
        for (const file of leftOutOfCache(dist, MAX_FILE_MB)) {
          const size = file.bytes >= 1024 * 1024 ? `${(file.bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(file.bytes / 1024)} KB`;
          logger.warn(`not available offline: ${file.path} is ${size}, over the offline cache's ${MAX_FILE_MB} MB per file (OFFLINE_MAX_FILE_MB); it opens only online`);
        }
      },
    },
  };
}

/** The files the service worker would precache but for their size, largest first. */
export function leftOutOfCache(dist, maxMB) {
  return walk(dist)
    .filter((path) => PRECACHED.includes(path.split('.').pop()) && !path.endsWith('sw.js') && !path.endsWith('.map'))
    .map((path) => ({ path: relative(dist, path), bytes: statSync(path).size }))
    .filter((file) => file.bytes > maxMB * 1024 * 1024)
    .sort((a, b) => b.bytes - a.bytes || (a.path < b.path ? -1 : 1));
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
