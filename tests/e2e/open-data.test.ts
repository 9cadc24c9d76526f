import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterEach, expect, inject, test } from 'vitest';
import { launchChromium, useBrowser } from './browser.ts';
import { buildTestSite, WORK } from './build-site.ts';
import { serveStatic } from './static-server.ts';
import { drawnMarks, waitForMarks } from './marks.ts';

const browser = useBrowser();
afterEach(() => {
  expect(browser.problems.splice(0)).toEqual([]);
});

test('timeline3.json opens in TimelineJS itself, with every event', async () => {
  const dir = inject('siteDir');
  // TimelineJS, from its npm package, on a plain page of its own with our file (it needs inline styles, which the site forbids).
  const tl = join(WORK, 'timelinejs-test');
  rmSync(tl, { recursive: true, force: true });
  mkdirSync(join(tl, 'data'), { recursive: true });
  cpSync(join(dir, 'data/timeline3.json'), join(tl, 'data/timeline3.json'));
  const dist = join(dirname(createRequire(import.meta.url).resolve('@knight-lab/timelinejs/package.json')), 'dist');
  cpSync(dist, join(tl, 'dist'), { recursive: true });
  writeFileSync(join(tl, 'index.html'), `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="dist/css/timeline.css"></head>
<body><div id="timeline-embed" style="width:100%;height:600px"></div><script src="dist/js/timeline.js"></script>
<script>fetch('data/timeline3.json').then(r => r.json()).then(data => { window.tl = new TL.Timeline('timeline-embed', data); window.tl.on('loaded', () => { window.loaded = true; }); setTimeout(() => { window.loaded = true; }, 3000); });</script></body></html>`);
  const events = (JSON.parse(readFileSync(join(dir, 'data/timeline3.json'), 'utf8')) as { events: Array<{ text: { headline: string } }> }).events;
  const server = await serveStatic(tl);
  const context = await launchChromium();
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);
    await page.waitForFunction(() => (window as unknown as { loaded?: boolean }).loaded === true, undefined, { timeout: 20_000 });
    const headlines = await page.locator('.tl-slide .tl-headline').allTextContents();
    for (const e of events) expect(headlines.map((h) => h.trim())).toContain(e.text.headline.replace(/&amp;/g, '&'));
    expect(await page.locator('.tl-timemarker').count()).toBe(events.length);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
    await server.close();
  }
});

test('the Data page links every export and gives the embed snippet', async () => {
  const page = await browser.open('data/');
  for (const file of ['events.json', 'events.csv', 'events.ics', 'timeline3.json']) {
    const href = await page.getByRole('link', { name: file }).getAttribute('href');
    const response = await page.request.get(new URL(href!, page.url()).href);
    expect(response.ok(), file).toBe(true);
  }
  const snippet = await page.getByLabel('Mã nhúng').inputValue();
  expect(snippet).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/"/);
});

test('the embed shows the timeline without the site around it, with the same URL parameters', async () => {
  const page = await browser.open('embed/?themes=vaccines');
  await waitForMarks(page);
  expect(await page.locator('.site-header, .site-footer').count()).toBe(0);
  expect(await page.getByRole('button', { name: /Vắc-xin và y tế/ }).getAttribute('aria-pressed')).toBe('true');
  const lanes = [...new Set((await drawnMarks(page)).map((m) => m.lane))];
  expect(lanes.length).toBeGreaterThan(0);
  // and it works inside another page's frame
  const host = await browser.open('data/');
  await host.evaluate((src) => {
    const frame = document.createElement('iframe');
    frame.src = src;
    frame.width = '900';
    frame.height = '700';
    document.body.append(frame);
  }, new URL('embed/?event=x', browser.siteUrl).href);
  await host.locator('iframe').waitFor();
  await expect.poll(() => host.frames().find((f) => f.url().includes('embed/'))).toBeTruthy();
  await waitForMarks(host.frames().find((f) => f.url().includes('embed/'))!);
});

test('round trip: export to TimelineJS, import into a fresh content folder, build: the same events', () => {
  const first = JSON.parse(readFileSync(join(inject('siteDir'), 'data/events.json'), 'utf8')) as { events: Array<Record<string, unknown>> };
  const content = join(WORK, 'roundtrip-import');
  rmSync(content, { recursive: true, force: true });
  mkdirSync(content, { recursive: true });
  cpSync('content/themes.yaml', join(content, 'themes.yaml'));
  const exported = join(WORK, 'roundtrip-timeline3.json');
  cpSync(join(inject('siteDir'), 'data/timeline3.json'), exported);
  execFileSync('npx', ['tsx', 'src/cli/import.ts', exported], { env: { ...process.env, CONTENT_DIR: content }, stdio: 'pipe' });
  const dir = buildTestSite('roundtrip', { contentOnly: join(content, 'articles') });
  const second = JSON.parse(readFileSync(join(dir, 'data/events.json'), 'utf8')) as typeof first;
  const shape = (events: typeof first.events) => events.map(({ id, title, start, end, precision, themes }) => ({ id, title, start, end, precision, themes }));
  expect(shape(second.events)).toEqual(shape(first.events));
});
