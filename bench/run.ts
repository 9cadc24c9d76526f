/**
 * npm run bench: synthetic corpora of 100, 1,000 and 10,000 events, each built and measured in
 * Chromium beside vis-timeline drawing the same events. Prints a table, writes bench/results.json.
 * BENCH_SIZES=100,1000 limits the sizes; BENCH_RUNS sets the repeats (median reported), BENCH_LOAD_RUNS
 * the extra page loads for time to drawn, BENCH_COLD_LOADS the cold first visits (a new browser each).
 * Last, extraction time for one article of 1 to 20 MB (bench/article-size.ts, BENCH_ARTICLE_MB).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../tests/e2e/chromium-args.ts';
import { serveStatic } from '../tests/e2e/static-server.ts';
import { articlesFor, writeCorpus } from './generate-corpus.ts';
import { articleSizeTable, measureArticleSizes } from './article-size.ts';
import { lighthouseAccessibility, type AccessibilityFigures } from './accessibility.ts';
import { coldTimeToDrawn, firstVisitBytes, serveCounting } from './first-visit.ts';
import { runLighthouse, type LighthouseFigures } from './lighthouse.ts';

const WORK = resolve('bench/.work');
const SIZES = (process.env['BENCH_SIZES'] ?? '100,1000,10000').split(',').map(Number);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
// Extra page loads for time to drawn: it varies most between runs on these machines.
const LOAD_RUNS = Number(process.env['BENCH_LOAD_RUNS'] ?? 8);
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
// Cold first visits (a browser started for each): a few, they take a second or two each.
const COLD_LOADS = Number(process.env['BENCH_COLD_LOADS'] ?? 3);
// The browser tests' flags, and no frame-rate cap: a frame's time is then the work it took, not
// the wait for the next vsync.
const ARGS = [...CHROMIUM_ARGS, '--disable-frame-rate-limit', '--disable-gpu-vsync'];
const require = createRequire(import.meta.url);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)]! : NaN;
};
const p95 = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)]! : NaN;
};
const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

function build(size: number) {
  const content = join(WORK, `content-${size}`);
  const out = join(WORK, `dist-${size}`);
  writeCorpus(content, articlesFor(size), size, 'content/themes.yaml');
  const timed = () => {
    const result = spawnSync('/usr/bin/time', ['-f', '%e %M', 'npx', 'astro', 'build', '--outDir', out], {
      env: { ...process.env, CONTENT_DIR: content, SOURCE_DATE_EPOCH: '1700000000' },
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`build of ${size} failed:\n${result.stderr.slice(-2000)}`);
    const [seconds, kb] = result.stderr.trim().split('\n').pop()!.split(' ').map(Number);
    return { seconds: seconds!, peakMB: round(kb! / 1024, 0) };
  };
  const first = timed();
  const again = timed();
  // The comparison page beside our site, with the same data file.
  const vis = join(out, 'bench-vis');
  execFileSync('mkdir', ['-p', vis]);
  const umd = join(require.resolve('vis-timeline/package.json'), '..', 'styles');
  copyFileSync(require.resolve('vis-timeline/standalone/umd/vis-timeline-graph2d.min.js'), join(vis, 'vis-timeline-graph2d.min.js'));
  copyFileSync(join(umd, 'vis-timeline-graph2d.min.css'), join(vis, 'vis-timeline-graph2d.min.css'));
  copyFileSync('bench/vis-page.html', join(vis, 'index.html'));
  copyFileSync('bench/vis-page.js', join(vis, 'vis-page.js'));
  const events = (JSON.parse(readFileSync(join(out, 'data/events.json'), 'utf8')) as { events: unknown[] }).events.length;
  return { out, events, build: first, rebuild: again };
}

/** Bytes the page loaded before the timeline was drawn, by kind, raw and gzip. */
async function loadFigures(page: Page, dir: string, base: string) {
  const urls: string[] = [];
  page.on('requestfinished', (r) => urls.push(r.url()));
  await page.goto(base);
  await page.waitForFunction("performance.getEntriesByName('bien-nien:timeline-drawn').length > 0", undefined, { timeout: 120_000 });
  const drawnAt = (await page.evaluate("performance.getEntriesByName('bien-nien:timeline-drawn')[0].startTime")) as number;
  const bytes: Record<string, { raw: number; gzip: number }> = {};
  for (const url of urls) {
    const path = new URL(url).pathname.replace(/\/$/, '/index.html');
    const file = join(dir, path);
    if (!existsSync(file) || statSync(file).isDirectory()) continue;
    const body = readFileSync(file);
    const kind = path.startsWith('/data/') ? 'data' : { '.js': 'js', '.css': 'css', '.html': 'html', '.woff2': 'font' }[extname(path)] ?? 'other';
    bytes[kind] ??= { raw: 0, gzip: 0 };
    bytes[kind]!.raw += body.length;
    bytes[kind]!.gzip += gzipSync(body).length;
  }
  return { drawnAt, bytes };
}

// In-page code is passed as text: the TypeScript runner would otherwise wrap its functions
// in helpers that do not exist in the page.
const NEXT_FRAME = 'new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))';
// Both pages measured once settled (what they do after the first drawing is done, such as our
// list's remaining items built in idle moments, or our web font arriving), as a user who starts
// zooming a moment after the page appears: settled is the page loaded, no font loading, and an
// idle period with nothing waiting (the browser offers its longest, 50 ms).
const SETTLED = `(async () => {
  for (let i = 0; i < 200; i++) {
    const quiet = await new Promise((r) => requestIdleCallback((deadline) => r(deadline.timeRemaining() >= 45), { timeout: 3000 }));
    if (quiet && document.readyState === 'complete' && document.fonts.status === 'loaded') return;
  }
})()`;

/** 25 zoom steps then 25 pan steps through the page's timeline API, each timed to its drawn frame. */
async function frameTimes(page: Page, handle: string): Promise<number[]> {
  return page.evaluate(`(async () => {
    const view = ${handle};
    await ${SETTLED};
    await ${NEXT_FRAME};
    const times = [];
    // From all events in view, as 'Xem toàn bộ' shows them (our page opens on its latest events;
    // vis-timeline's, which has no extent, on all of them): both timelines then zoom the same span.
    let [from, to] = view.extent ?? view.window;
    view.showWindow([from, to], false);
    await ${NEXT_FRAME};
    // One step first, not counted: after an idle page the first frame waits for the frame clock
    // to start again, which is the browser's wake-up, not either timeline's work.
    [from, to] = [from + (to - from) * 0.01, to - (to - from) * 0.01];
    view.showWindow([from, to], false);
    await ${NEXT_FRAME};
    for (let i = 0; i < 50; i++) {
      const span = to - from;
      if (i < 25) [from, to] = [from + span * 0.08, to - span * 0.08];
      else [from, to] = [from + span * 0.05, to + span * 0.05];
      const t0 = performance.now();
      view.showWindow([from, to], false);
      await ${NEXT_FRAME};
      times.push(performance.now() - t0);
    }
    return times;
  })()`) as Promise<number[]>;
}

/**
 * Per keystroke: the latency, from the input event to the next frame after the results show;
 * and the work, from the input event to the results applied (timeline drawn, theme counts and
 * status written), before the browser's own style, layout and paint. The list below the
 * timeline follows once typing pauses, so fast typing, as here, does not rebuild it.
 */
async function searchTimes(page: Page): Promise<{ latency: number[]; work: number[]; list: number[] }> {
  await page.focus('[data-search]');
  await page.waitForFunction("document.querySelector('bn-timeline').dataset.ready === 'true'", undefined, { timeout: 60_000 });
  return page.evaluate(`(async () => {
    const input = document.querySelector('[data-search]');
    const host = document.querySelector('bn-timeline');
    const latency = [];
    const work = [];
    await ${SETTLED};
    for (const query of ['hoi nghi an ninh', 'vac xin', 'dong nam a']) {
      // Each query starts by clearing the box, a keystroke too (select all, delete); the box
      // empty already (the first query), there is nothing to clear and nothing is applied.
      for (const value of [...(input.value ? [''] : []), ...[...query].map((_, i) => query.slice(0, i + 1))]) {
        const applied = new Promise((r) => host.addEventListener('bn:applied', r, { once: true }));
        const t0 = performance.now();
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await applied;
        work.push(performance.now() - t0);
        await ${NEXT_FRAME};
        latency.push(performance.now() - t0);
      }
    }
    // The list, shown once typing pauses: each showing's work (its first items, then the rest
    // of the page in pieces when the page is idle), for each whole query and the cleared box.
    const list = [];
    const take = (entries) => {
      for (const entry of entries) if (entry.name === 'bien-nien:list') list.push(entry.duration);
    };
    const observer = new PerformanceObserver((entries) => take(entries.getEntries()));
    observer.observe({ type: 'measure' });
    for (const query of ['hoi nghi an ninh', 'vac xin', 'dong nam a', '']) {
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 1000));
    }
    take(observer.takeRecords());
    observer.disconnect();
    return { latency, work, list };
  })()`) as Promise<{ latency: number[]; work: number[]; list: number[] }>;
}

async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return round(usedSize / 1024 / 1024);
}

type Run = { drawnAt: number; frames: number[]; search: { latency: number[]; work: number[]; list: number[] }; heap: number; bytes: Record<string, { raw: number; gzip: number }> };

/** Runs `work` on a page of its own, in a fresh browser context (no cache, no service worker). */
async function inFreshPage<T>(browser: Browser, work: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block', bypassCSP: true });
  try {
    return await work(await context.newPage());
  } finally {
    await context.close();
  }
}

/** One run of every measure on one page. */
function measureRun(browser: Browser, dir: string, url: string, kind: 'ours' | 'vis'): Promise<Run> {
  return inFreshPage(browser, async (page) => {
    const { drawnAt, bytes } = await loadFigures(page, dir, url);
    const frames = await frameTimes(page, kind === 'ours' ? "document.querySelector('bn-timeline').view" : 'window.benchTimeline');
    const search = kind === 'ours' ? await searchTimes(page) : { latency: [], work: [], list: [] };
    return { drawnAt, frames, search, heap: await heapMB(page), bytes };
  });
}

/** Time to drawn alone: one page load, cheap to repeat and the noisiest figure here. */
function timeToDrawn(browser: Browser, dir: string, url: string): Promise<number> {
  return inFreshPage(browser, async (page) => (await loadFigures(page, dir, url)).drawnAt);
}

/** Medians over the runs (and, for time to drawn, over the extra loads too). */
function summarize(runs: Run[], loads: number[], kind: 'ours' | 'vis') {
  const ours = kind === 'ours';
  return {
    drawnMs: round(median([...runs.map((r) => r.drawnAt), ...loads])),
    frameMedianMs: round(median(runs.map((r) => median(r.frames)))),
    frameP95Ms: round(median(runs.map((r) => p95(r.frames)))),
    searchMedianMs: ours ? round(median(runs.map((r) => median(r.search.latency)))) : null,
    searchP95Ms: ours ? round(median(runs.map((r) => p95(r.search.latency)))) : null,
    searchWorkMedianMs: ours ? round(median(runs.map((r) => median(r.search.work)))) : null,
    searchWorkP95Ms: ours ? round(median(runs.map((r) => p95(r.search.work)))) : null,
    listMedianMs: ours ? round(median(runs.map((r) => median(r.search.list)))) : null,
    listMaxMs: ours ? round(median(runs.map((r) => Math.max(...r.search.list)))) : null,
    heapMB: round(median(runs.map((r) => r.heap))),
    bytes: runs[0]!.bytes,
  };
}

/**
 * Lighthouse's default run (a phone on slow 4G, simulated) on the home page, an article and
 * /events/, served compressed as a static host would; and the desktop preset on the home page.
 */
async function lighthouseRuns(dir: string, desktop: boolean): Promise<{ mobile: Record<string, LighthouseFigures>; desktop?: LighthouseFigures }> {
  const server = await serveCounting(dir);
  try {
    const article = readdirSync(join(dir, 'articles'), { withFileTypes: true }).find((d) => d.isDirectory())!.name;
    const mobile: Record<string, LighthouseFigures> = {};
    for (const [name, path] of [['home', ''], ['article', `articles/${article}/`], ['events', 'events/']] as const) {
      mobile[name] = await runLighthouse(server.url + path, CHROMIUM, 'mobile');
    }
    return { mobile, ...(desktop ? { desktop: await runLighthouse(server.url, CHROMIUM, 'desktop') } : {}) };
  } finally {
    await server.close();
  }
}

async function main() {
  const results: Record<string, unknown>[] = [];
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  let lighthouse: LighthouseFigures | undefined;
  // Accessibility at every size: what the page holds grows with the corpus (issue 23: 1 with the
  // seeds, 0.96 with 1,000 events).
  const accessibility: Array<{ events: number } & AccessibilityFigures> = [];
  try {
    for (const size of SIZES) {
      console.error(`— ${size} events: generating and building…`);
      const built = build(size);
      const server = await serveStatic(built.out);
      try {
        console.error(`— ${size} events: measuring ours and vis-timeline (${RUNS} runs each, ${RUNS + LOAD_RUNS} loads)…`);
        // Ours and vis-timeline's in turn, so a slow spell of the machine falls on both.
        const pages = { ours: server.url, vis: `${server.url}bench-vis/` } as const;
        const runs = { ours: [] as Run[], vis: [] as Run[] };
        const loads = { ours: [] as number[], vis: [] as number[] };
        for (let run = 0; run < RUNS; run++) {
          for (const kind of ['ours', 'vis'] as const) runs[kind].push(await measureRun(browser, built.out, pages[kind], kind));
        }
        for (let load = 0; load < LOAD_RUNS; load++) {
          for (const kind of ['ours', 'vis'] as const) loads[kind].push(await timeToDrawn(browser, built.out, pages[kind]));
        }
        // Cold first visits: a browser started for each load, ours and vis-timeline's in turn.
        const cold = { ours: [] as number[], vis: [] as number[] };
        for (let load = 0; load < COLD_LOADS; load++) {
          for (const kind of ['ours', 'vis'] as const) cold[kind].push(await coldTimeToDrawn(() => chromium.launch({ executablePath: CHROMIUM, args: ARGS }), pages[kind]));
        }
        const ours = summarize(runs.ours, loads.ours, 'ours');
        const vis = summarize(runs.vis, loads.vis, 'vis');
        console.error(`— ${size} events: a first visit's bytes, Lighthouse…`);
        const firstVisit = await firstVisitBytes(browser, built.out);
        const lighthoused = await lighthouseRuns(built.out, size === SIZES[0]);
        lighthouse ??= lighthoused.desktop;
        accessibility.push({ events: built.events, ...(await lighthouseAccessibility(server.url, CHROMIUM)) });
        results.push({ size, events: built.events, build: built.build, rebuild: built.rebuild, ours, vis, firstVisit, mobile: lighthoused.mobile, cold: { oursMs: round(median(cold.ours)), visMs: round(median(cold.vis)) } });
      } finally {
        await server.close();
      }
    }
  } finally {
    await browser.close();
  }
  console.error('— one long article: extraction time by size…');
  const articleSizes = measureArticleSizes();
  const output = { when: new Date().toISOString(), machine: `${process.platform} ${process.arch}, node ${process.version}`, runs: RUNS, loads: RUNS + LOAD_RUNS, results, lighthouse, accessibility, articleSizes };
  writeFileSync('bench/results.json', `${JSON.stringify(output, null, 2)}\n`);
  console.log(table(results as never, lighthouse));
  console.log(accessibilityLines(accessibility));
  console.log(`\n${articleSizeTable(articleSizes)}`);
}

function accessibilityLines(rows: Array<{ events: number } & AccessibilityFigures>): string {
  const scores = rows.map((r) => `${r.events} events ${r.mobile} / ${r.desktop}`).join('; ');
  const failing = rows.flatMap((r) => r.failing.map((f) => `- ${r.events} events, ${f}`));
  const met = rows.every((r) => r.mobile === 1 && r.desktop === 1);
  return ['', `Lighthouse accessibility (home page, phone / desktop): ${scores}: ${met ? 'met (1 at every size)' : 'NOT MET'}`, ...failing].join('\n');
}

type Row = {
  size: number; events: number; build: { seconds: number; peakMB: number }; rebuild: { seconds: number }; ours: ReturnType<typeof summarize>; vis: ReturnType<typeof summarize>;
  firstVisit: Awaited<ReturnType<typeof firstVisitBytes>>; mobile: Record<string, LighthouseFigures>; cold: { oursMs: number; visMs: number };
};

function table(rows: Row[], lighthouse: LighthouseFigures | undefined): string {
  const kb = (n = 0) => `${round(n / 1024)}`;
  const lines = [
    '| events | build s (again) | peak MB | JS KB gzip (raw) | CSS KB gzip | data KB gzip (raw) | HTML KB gzip | drawn ms ours / vis | ratio | frame ms median / p95 ours | frame p95 vis | ratio | search work ms median / p95 | search to next frame ms median / p95 | list after a pause ms median / max | heap MB ours / vis |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    const b = r.ours.bytes;
    lines.push(`| ${r.events} | ${r.build.seconds} (${r.rebuild.seconds}) | ${r.build.peakMB} | ${kb(b['js']?.gzip)} (${kb(b['js']?.raw)}) | ${kb(b['css']?.gzip)} | ${kb(b['data']?.gzip)} (${kb(b['data']?.raw)}) | ${kb(b['html']?.gzip)} | ${r.ours.drawnMs} / ${r.vis.drawnMs} | ${round(r.ours.drawnMs / r.vis.drawnMs, 2)} | ${r.ours.frameMedianMs} / ${r.ours.frameP95Ms} | ${r.vis.frameP95Ms} | ${round(r.ours.frameP95Ms / r.vis.frameP95Ms, 2)} | ${r.ours.searchWorkMedianMs} / ${r.ours.searchWorkP95Ms} | ${r.ours.searchMedianMs} / ${r.ours.searchP95Ms} | ${r.ours.listMedianMs} / ${r.ours.listMaxMs} | ${r.ours.heapMB} / ${r.vis.heapMB} |`);
  }
  const scores = (f: LighthouseFigures) => Object.entries(f.scores).map(([k, v]) => `${k} ${v}`).join(', ');
  if (lighthouse) lines.push('', `Lighthouse desktop (home page, ${rows[0]?.events} events): ${scores(lighthouse)}`);
  lines.push(
    '',
    '| events | page | Lighthouse mobile: performance | FCP s | LCP s | speed index s | TBT ms | CLS | accessibility / best practices / SEO |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---|',
  );
  for (const r of rows) {
    for (const [page, f] of Object.entries(r.mobile)) {
      lines.push(`| ${r.events} | ${page} | ${f.scores['performance']} | ${round(f.fcp / 1000, 2)} | ${round(f.lcp / 1000, 2)} | ${round(f.speedIndex / 1000, 2)} | ${f.tbt} | ${f.cls} | ${f.scores['accessibility']} / ${f.scores['best-practices']} / ${f.scores['seo']} |`);
    }
  }
  lines.push('', `| events | cold first visit, drawn ms ours / vis (median of ${COLD_LOADS}, a new browser each) | ratio |`, '|---:|---:|---:|');
  for (const r of rows) lines.push(`| ${r.events} | ${r.cold.oursMs} / ${r.cold.visMs} | ${round(r.cold.oursMs / r.cold.visMs, 2)} |`);
  lines.push('', '| events | first visit, 30 s: KB sent (gzip) | of which the page | the service worker\'s | requests |', '|---:|---:|---:|---:|---:|');
  for (const r of rows) lines.push(`| ${r.events} | ${kb(r.firstVisit.bytes)} | ${kb(r.firstVisit.page)} | ${kb(r.firstVisit.bytes - r.firstVisit.page)} | ${r.firstVisit.requests} |`);
  return lines.join('\n');
}

await main();
