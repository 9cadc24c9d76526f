// Self-hosted fonts: Be Vietnam Pro (drawn for Vietnamese, every tone mark included), copied
// from its npm package into public/fonts/ so the site never asks another server for a font.
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SUBSETS = ['vietnamese', 'latin', 'latin-ext'];
const WEIGHTS = [400, 700];

export default function fonts() {
  return {
    name: 'fonts',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const root = fileURLToPath(config.root);
        const from = join(dirname(createRequire(join(root, 'package.json')).resolve('@fontsource/be-vietnam-pro/package.json')), 'files');
        const to = join(root, 'public/fonts');
        mkdirSync(to, { recursive: true });
        for (const subset of SUBSETS) {
          for (const weight of WEIGHTS) {
            const file = `be-vietnam-pro-${subset}-${weight}-normal.woff2`;
            copyFileSync(join(from, file), join(to, file));
          }
        }
      },
    },
  };
}
