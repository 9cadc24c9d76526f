import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, unlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildEnv, WORK } from './build-site.ts';

// The build never destroys the last good site (issue 19): `npm run build` (scripts/build.mjs) is
// interrupted at several points, by Ctrl-C (SIGINT to the whole process group, as a terminal
// sends it), by kill (SIGTERM) and by kill -9 (SIGKILL, of the script alone or of the group);
// dist/ and dist-portable/ must hold the previous complete site after each, and the next build
// must succeed.

const content = join(WORK, 'interrupt-content');
const dist = join(WORK, 'interrupt-dist');

/** Every file of a folder with a hash of its bytes: equal fingerprints, equal sites. */
function fingerprint(dir: string): Record<string, string> {
  const files = (folder: string): string[] =>
    readdirSync(folder).sort().flatMap((name) => {
      const path = join(folder, name);
      return statSync(path).isDirectory() ? files(path) : [path];
    });
  if (!existsSync(dir)) return {};
  return Object.fromEntries(files(dir).map((path) => [relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16)]));
}
const site = () => ({ dist: fingerprint(dist), portable: fingerprint(`${dist}-portable`) });

interface Run {
  code: number | null;
  log: string;
  ms: number;
}
/** Runs `npm run build`'s script in its own process group; `stop` interrupts it after some ms. */
function build(env: NodeJS.ProcessEnv = {}, stop?: { after: number; signal: NodeJS.Signals; group: boolean }): Promise<Run> {
  const started = Date.now();
  const child = spawn(process.execPath, ['scripts/build.mjs', '--outDir', dist], { env: { ...buildEnv(content), ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  const timer = stop && setTimeout(() => process.kill(stop.group ? -child.pid! : child.pid!, stop.signal), stop.after);
  return new Promise((done) =>
    child.on('close', async (code) => {
      clearTimeout(timer);
      // kill -9 of the script alone leaves astro to notice (scripts/exit-with-parent.mjs): wait for the group to be gone
      while (isGroupAlive(child.pid!)) await new Promise((r) => setTimeout(r, 100));
      done({ code, log, ms: Date.now() - started });
    }),
  );
}
function isGroupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}
const leftovers = () => readdirSync(WORK).filter((name) => name.startsWith('interrupt-dist-') && name !== 'interrupt-dist-portable');

describe('an interrupted or failed build keeps the last good site', () => {
  let previous: ReturnType<typeof site>;
  /** The complete site of the content the interrupted builds have (builds are reproducible). */
  let complete: ReturnType<typeof site>;
  let duration = 0;
  beforeAll(async () => {
    rmSync(content, { recursive: true, force: true });
    mkdirSync(join(content, 'articles'), { recursive: true });
    cpSync('content/themes.yaml', join(content, 'themes.yaml'));
    cpSync('content/articles', join(content, 'articles'), { recursive: true });
    for (const name of readdirSync(WORK).filter((n) => n.startsWith('interrupt-dist'))) rmSync(join(WORK, name), { recursive: true, force: true });
    // A build of the content the interrupted builds will have (more articles, so their site is
    // told from the previous one) times them, warm; then the previous site is built.
    const extra = readdirSync('tests/fixtures/site/articles');
    cpSync('tests/fixtures/site/articles', join(content, 'articles'), { recursive: true });
    const timing = await build();
    expect(timing.code, timing.log).toBe(0);
    duration = timing.ms;
    complete = site();
    for (const name of extra) rmSync(join(content, 'articles', name));
    const first = await build();
    expect(first.code, first.log).toBe(0);
    previous = site();
    expect(Object.keys(previous.dist)).toEqual(expect.arrayContaining(['index.html', 'data/events.json', 'data/timeline.js', 'bien-nien-offline.zip']));
    expect(Object.keys(previous.portable)).toContain('index.html');
    cpSync('tests/fixtures/site/articles', join(content, 'articles'), { recursive: true });
  }, 360_000);

  test('interrupted at several points by Ctrl-C, kill and kill -9: dist/ is the previous complete site each time; the next build succeeds', async () => {
    const points: Array<[number, NodeJS.Signals, boolean]> = [
      [0.05, 'SIGINT', true],
      [0.25, 'SIGKILL', false],
      [0.45, 'SIGTERM', false],
      [0.65, 'SIGINT', true],
      [0.8, 'SIGKILL', true],
      [0.92, 'SIGKILL', false],
    ];
    let newer: ReturnType<typeof site> | undefined;
    const outcomes: string[] = [];
    for (const [share, signal, group] of points) {
      const run = await build({}, { after: Math.round(share * duration), signal, group });
      const now = site();
      // Finished before the signal came, or killed after the swap but before the script exited:
      // either way dist/ is the new complete site, which is as good as the previous one.
      if (run.code === 0 || JSON.stringify(now) === JSON.stringify(complete)) newer = now;
      outcomes.push(`${signal}${group ? ' (group)' : ''} at ${Math.round(share * duration)} ms: exit ${run.code}`);
      expect(now, `${outcomes.at(-1)}\n${run.log}`).toEqual(newer ?? previous);
    }
    console.info(`interrupted builds:\n${outcomes.join('\n')}`);
    // at least half the runs really were interrupted (the late points can land after a warm build ends)
    expect(outcomes.filter((o) => !o.endsWith('exit 0')).length, outcomes.join('\n')).toBeGreaterThanOrEqual(3);
    const last = await build({ OFFLINE_MAX_FILE_MB: '0.1' });
    expect(last.code, last.log).toBe(0);
    const built = site();
    expect(Object.keys(built.dist)).toEqual(expect.arrayContaining(['articles/khai-mac-hoi-nghi-cap-cao-asean-nga-lan-thu-4/index.html', 'data/events.json']));
    expect(Object.keys(built.portable)).toContain('articles/khai-mac-hoi-nghi-cap-cao-asean-nga-lan-thu-4/index.html');
    expect(leftovers()).toEqual([]);
    // files the offline cache leaves out are named in the build report
    expect(last.log).toMatch(/not available offline: js\/charts\.js is \d+ KB, over the offline cache's 0\.1 MB per file/);
  }, 600_000);

  test('a build that fails (an article behind a link to nowhere) publishes nothing and names the entry', async () => {
    const before = site();
    const link = join(content, 'articles', 'b-in-the-middle.md');
    symlinkSync('/nonexistent/article.md', link);
    try {
      const run = await build();
      expect(run.code).not.toBe(0);
      expect(run.log).toContain('b-in-the-middle.md:1 [file] cannot be read: it is a symbolic link to "/nonexistent/article.md", which does not exist');
      expect(run.log).toContain('nothing was published');
      expect(site()).toEqual(before);
      expect(leftovers()).toEqual([]);
    } finally {
      unlinkSync(link);
    }
  }, 240_000);
});
