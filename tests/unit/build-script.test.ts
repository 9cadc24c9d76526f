import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { parseFlags, recover, swapIn } from '../../scripts/build.mjs';

// The swap of scripts/build.mjs, and what it does with each state an interrupted build can leave.
// (The e2e test interrupts real builds; a kill between the swap's two renames cannot be timed, so
// that state is made here.)

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));
/** A folder with a site of the given name in each of `folders`. */
function state(folders: string[]): string {
  root = mkdtempSync(join(tmpdir(), 'build-script-'));
  for (const folder of folders) {
    mkdirSync(join(root, folder));
    writeFileSync(join(root, folder, 'index.html'), folder);
  }
  return join(root, 'dist');
}
const site = (path: string) => (existsSync(join(path, 'index.html')) ? readFileSync(join(path, 'index.html'), 'utf8') : undefined);
const DEAD = 2 ** 22 + 1; // above Linux's default pid_max: no such process

test.each([
  // killed after "dist → dist-old", before "new → dist": the last complete site goes back
  ['dist moved aside, not replaced', ['dist-old-7', 'dist-portable', `dist-building-${DEAD}`], { dist: 'dist-old-7', portable: 'dist-portable' }],
  ['dist-portable moved aside, not replaced', ['dist', 'dist-portable-old-7'], { dist: 'dist', portable: 'dist-portable-old-7' }],
  // killed after both renames, before the old one was removed
  ['swapped, the old one not yet removed', ['dist', 'dist-old-7', 'dist-portable', 'dist-portable-old-7'], { dist: 'dist', portable: 'dist-portable' }],
  // killed while astro was building: its folders go, the site stays
  ['a build of a dead process', ['dist', 'dist-portable', `dist-building-${DEAD}`, `dist-building-${DEAD}-portable`], { dist: 'dist', portable: 'dist-portable' }],
])('%s', (_, folders, expected) => {
  const dist = state(folders);
  recover(dist);
  expect({ dist: site(dist), portable: site(`${dist}-portable`) }).toEqual(expected);
  expect(readdirSync(root).sort()).toEqual(['dist', 'dist-portable']);
});

test('a build of a process still running is left alone', () => {
  const dist = state(['dist', `dist-building-${process.pid}`]);
  recover(dist);
  expect(readdirSync(root).sort()).toEqual(['dist', `dist-building-${process.pid}`]);
});

test('the swap puts the new site and its portable copy in place of the old ones, and removes the old ones', () => {
  const dist = state(['dist', 'dist-portable', 'new', 'new-portable']);
  swapIn(join(root, 'new'), dist);
  expect({ dist: site(dist), portable: site(`${dist}-portable`) }).toEqual({ dist: 'new', portable: 'new-portable' });
  expect(readdirSync(root).sort()).toEqual(['dist', 'dist-portable']);
});

test('the first build: nothing to swap out', () => {
  const dist = state(['new', 'new-portable']);
  swapIn(join(root, 'new'), dist);
  expect(readdirSync(root).sort()).toEqual(['dist', 'dist-portable']);
});

test.each([
  [[], { outDir: 'dist', rest: [] }],
  [['--outDir', 'out', '--base', '/x/'], { outDir: 'out', rest: ['--base', '/x/'] }],
  [['--outDir=out'], { outDir: 'out', rest: [] }],
])('flags %j', (argv, expected) => {
  expect(parseFlags(argv)).toEqual(expected);
});
