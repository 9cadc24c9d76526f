// Bundles src/scripts/*.ts into classic scripts (IIFE) in public/js/ before Astro builds.
// Classic scripts, not modules: browsers refuse module scripts from file://, and the site
// must also work opened straight from disk. They are loaded with relative <script src>,
// which a strict Content-Security-Policy (script-src 'self') allows.
import { build, context } from 'esbuild';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Entry points: one bundle per page behaviour, loaded only where needed. */
const ENTRIES = ['site', 'timeline-page', 'article-page', 'presenter-page', 'charts', 'fuzzy-search'];

export default function clientScripts() {
  return {
    name: 'client-scripts',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        rmSync(join(root, 'public/js'), { recursive: true, force: true });
        const options = {
          absWorkingDir: root,
          entryPoints: Object.fromEntries(ENTRIES.map((name) => [name, `src/scripts/${name}.ts`])),
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
        if (command === 'dev') {
          const ctx = await context(options);
          await ctx.watch();
          logger.info('watching src/scripts');
        } else {
          await build(options);
        }
      },
    },
  };
}
