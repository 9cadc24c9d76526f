// npm run build [-- --outDir DIR, other astro build flags]
//
// Builds the site into a fresh folder beside dist/ and swaps it in only once the build has
// succeeded, so that at every moment dist/ (with its zip) and dist-portable/ each hold either the
// last complete site or the new complete one. Ctrl-C, a kill or a failed build leave the last good
// site where it was; the next build first puts back or removes whatever an interrupted one left.
//
//   dist-building-<pid>/            the new site, while astro builds it
//   dist-building-<pid>-portable/   its portable copy (the offline integration writes <outDir>-portable)
//   dist-old-<pid>/                 the previous site, for the moment of the swap
//   dist-lock/                      one build of dist/ at a time
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The folders one build writes: the site and its portable copy. */
export const outputsOf = (dist) => [dist, `${dist}-portable`];

const isAlive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
};

/** Entries beside `path` named `<name of path><infix><pid>` (and `…-portable`), with their pid. */
function siblings(path, infix) {
  const prefix = `${basename(path)}${infix}`;
  const folder = dirname(path);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.startsWith(prefix) && /^\d+(-portable)?$/.test(name.slice(prefix.length)))
    .map((name) => ({ path: join(folder, name), pid: Number.parseInt(name.slice(prefix.length), 10) }));
}

/**
 * What an interrupted build left, set right: a site moved aside but not yet replaced goes back
 * (a kill between the swap's two renames), the rest of the old sites and of the unfinished
 * builds of dead processes is removed. Returns what it did, one line each.
 */
export function recover(dist) {
  const done = [];
  for (const output of outputsOf(dist)) {
    const old = siblings(output, '-old-').filter((s) => !s.path.endsWith('-portable'));
    if (!existsSync(output) && old.length) {
      const last = old.sort((a, b) => b.pid - a.pid)[0];
      renameSync(last.path, output);
      done.push(`${output}: put back the last complete site from ${basename(last.path)}`);
    }
    for (const s of siblings(output, '-old-')) if (existsSync(s.path)) rmSync(s.path, { recursive: true, force: true, maxRetries: 3 });
  }
  for (const s of siblings(dist, '-building-')) {
    if (s.pid === process.pid || isAlive(s.pid)) continue;
    rmSync(s.path, { recursive: true, force: true, maxRetries: 3 });
    done.push(`${s.path}: removed what an interrupted build left`);
  }
  return done;
}

/**
 * Puts the new site in place of the old one, folder by folder: the old one is renamed aside,
 * the new one renamed in, the old one removed. Renames within a folder are atomic; between the
 * two, only a kill can stop it, and recover() then puts the old site back.
 */
export function swapIn(built, dist) {
  const tag = `-old-${process.pid}`;
  const pairs = outputsOf(built).map((from, i) => [from, outputsOf(dist)[i]]);
  for (const [from, to] of pairs) {
    if (!existsSync(from)) continue;
    if (existsSync(to)) renameSync(to, `${to}${tag}`);
    renameSync(from, to);
  }
  for (const [, to] of pairs) rmSync(`${to}${tag}`, { recursive: true, force: true, maxRetries: 3 });
}

/** One build of `dist` at a time: a folder holding the builder's pid; a dead builder's is taken over. */
function lock(dist) {
  const path = `${dist}-lock`;
  for (;;) {
    try {
      mkdirSync(path);
      writeFileSync(join(path, 'pid'), String(process.pid));
      return () => rmSync(path, { recursive: true, force: true });
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const pid = Number.parseInt(readFileSync(join(path, 'pid'), { encoding: 'utf8', flag: 'a+' }), 10);
      if (pid && isAlive(pid)) throw new Error(`another build of ${dist} is running (process ${pid}); wait for it to finish, or stop it`);
      rmSync(path, { recursive: true, force: true });
    }
  }
}

/** Splits `--outDir DIR` (or `--outDir=DIR`) from the flags passed on to astro build. */
export function parseFlags(argv) {
  const rest = [];
  let outDir = 'dist';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--outDir') outDir = argv[++i];
    else if (arg.startsWith('--outDir=')) outDir = arg.slice('--outDir='.length);
    else rest.push(arg);
  }
  return { outDir, rest };
}

async function main() {
  const { outDir, rest } = parseFlags(process.argv.slice(2));
  const dist = resolve(outDir);
  const shown = (path) => relative(process.cwd(), path) || path;
  let unlock;
  try {
    unlock = lock(dist);
  } catch (error) {
    console.error(`build: ${error.message.replace(dist, shown(dist))}`);
    process.exit(1);
  }
  for (const line of recover(dist)) console.log(`build: ${shown(line)}`);
  const building = `${dist}-building-${process.pid}`;
  const cleanUp = () => {
    for (const path of outputsOf(building)) rmSync(path, { recursive: true, force: true, maxRetries: 3 });
    unlock();
  };

  const astro = createRequire(import.meta.url).resolve('astro/package.json').replace(/package\.json$/, 'bin/astro.mjs');
  const watchdog = new URL('./exit-with-parent.mjs', import.meta.url).href;
  const child = spawn(process.execPath, ['--import', watchdog, astro, 'build', '--outDir', building, ...rest], { stdio: 'inherit' });
  // Ctrl-C reaches astro too (the terminal signals the whole group); a kill of this process alone
  // is passed on. Either way the build stops, its folder goes, and the last site stays.
  let stoppedBy;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      stoppedBy = signal;
      child.kill(signal);
    });
  }
  const code = await new Promise((done) => child.on('exit', (status, signal) => done(status ?? (signal ? 1 : 0))));
  if (stoppedBy || code !== 0 || !existsSync(join(building, 'index.html'))) {
    cleanUp();
    const kept = existsSync(join(dist, 'index.html')) ? `${shown(dist)}/ still holds the last complete site` : `there is no earlier site in ${shown(dist)}/`;
    console.error(`build: ${stoppedBy ? `stopped (${stoppedBy})` : 'failed'}; nothing was published: ${kept}.`);
    process.exit(stoppedBy ? 130 : code || 1);
  }
  swapIn(building, dist);
  cleanUp();
  console.log(`build: ${shown(dist)}/ and ${shown(dist)}-portable/ now hold this build`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
