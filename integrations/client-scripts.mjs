// Bundles src/scripts/*.ts into classic scripts (IIFE) in public/js/ before Astro builds.
// Classic scripts, not modules: browsers refuse module scripts from file://, and the site
// must also work opened straight from disk. They are loaded with relative <script src>,
// which a strict Content-Security-Policy (script-src 'self') allows.
import { build, context } from 'esbuild';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Entry points: one bundle per page behaviour, loaded only where needed. */
const ENTRIES = ['site', 'timeline-page', 'article-page', 'presenter-page', 'charts', 'fuzzy-search', 'qr-code'];
/**
 * Bundles whose functions nearly all run as the page opens. A magic comment first in the file
 * (Chromium's explicit compile hints; other browsers ignore it) has them compiled while they
 * download, off the main thread, instead of one by one at first call: the timeline is drawn
 * about 15 ms sooner at 100 events. Not for bundles loaded on demand (Plot, Fuse).
 */
const COMPILED_ON_LOAD = ['timeline-page'];

/**
 * The esbuild builds of the client scripts: the integration runs them, the tests read what they bundle.
 * @param {string} root
 * @param {string} command
 * @returns {import('esbuild').BuildOptions[]}
 */
export function clientBuilds(root, command) {
  const entries = (/** @type {string[]} */ names) => Object.fromEntries(names.map((name) => [name, `src/scripts/${name}.ts`]));
  const options = {
    absWorkingDir: root,
    outdir: 'public/js',
    bundle: true,
    format: 'iife',
    // es2022: class private fields stay native; lowered, every #field read is a WeakMap lookup.
    target: 'es2022',
    minify: command === 'build',
    sourcemap: command !== 'build',
    legalComments: 'none',
    logLevel: 'warning',
  };
  return [
    { ...options, entryPoints: entries(ENTRIES.filter((name) => !COMPILED_ON_LOAD.includes(name))) },
    { ...options, entryPoints: entries(COMPILED_ON_LOAD), banner: { js: '//# allFunctionsCalledOnLoad' } },
  ];
}

export default function clientScripts() {
  return {
    name: 'client-scripts',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        rmSync(join(root, 'public/js'), { recursive: true, force: true });
        const builds = clientBuilds(root, command);
        if (command === 'dev') {
          for (const each of builds) await (await context(each)).watch();
          logger.info('watching src/scripts');
        } else {
          await Promise.all(builds.map((each) => build(each)));
        }
      },
    },
  };
}
