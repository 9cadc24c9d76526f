/**
 * What a first visit costs: a static server that compresses as static hosts do (gzip for text)
 * and counts every byte it sends, and a first visit to the home page in a new browser context,
 * service worker allowed, counted for 30 s (the page, then the worker's precache downloads).
 * Lighthouse's phone runs use the same server: a phone on 4G is sent compressed pages.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { TYPES } from '../tests/e2e/static-server.ts';

const COMPRESSED = /^(text\/|application\/(json|manifest\+json)|image\/svg)/;

export interface CountingServer {
  url: string;
  /** Bytes sent (bodies, compressed where they were) and the requests, since the server started or `reset()`. */
  sent(): { bytes: number; requests: { path: string; bytes: number }[] };
  reset(): void;
  close(): Promise<void>;
}

export async function serveCounting(dir: string): Promise<CountingServer> {
  let requests: { path: string; bytes: number }[] = [];
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(normalize(dir))) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const gzip = COMPRESSED.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    response.writeHead(200, { 'Content-Type': type, ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}) });
    const entry = { path, bytes: 0 };
    requests.push(entry);
    const count = new Writable({
      write(chunk: Buffer, _encoding, done) {
        entry.bytes += chunk.length;
        response.write(chunk, done);
      },
      final(done) {
        response.end(done);
      },
    });
    void pipeline(...((gzip ? [createReadStream(file), createGzip(), count] : [createReadStream(file), count]) as [NodeJS.ReadableStream, Writable])).catch(() => response.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    sent: () => ({ bytes: requests.reduce((sum, r) => sum + r.bytes, 0), requests: [...requests] }),
    reset: () => void (requests = []),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * Bytes a first visit to the home page transfers in its first `seconds`, the service worker's
 * downloads included; `page` is what the page itself asked for (the first sending of each of its
 * addresses), the rest is the worker's.
 */
export async function firstVisitBytes(browser: Browser, dir: string, seconds = 30): Promise<{ bytes: number; page: number; requests: number }> {
  const server = await serveCounting(dir);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const asked: string[] = [];
    page.on('request', (request) => asked.push(new URL(request.url()).pathname));
    const start = Date.now();
    await page.goto(server.url);
    await page.waitForTimeout(Math.max(0, seconds * 1000 - (Date.now() - start)));
    const { bytes, requests } = server.sent();
    const first = new Map<string, number>();
    for (const r of requests) if (!first.has(r.path)) first.set(r.path, r.bytes);
    const pageBytes = [...new Set(asked)].reduce((sum, path) => sum + (first.get(path) ?? 0), 0);
    return { bytes, page: pageBytes, requests: requests.length };
  } finally {
    await context.close();
    await server.close();
  }
}

/**
 * Time to drawn on a cold first visit: a browser started for this one load (a new profile, empty
 * caches, its first renderer), as a reader's first click on a link to the site.
 */
export async function coldTimeToDrawn(launch: () => Promise<Browser>, url: string): Promise<number> {
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block', bypassCSP: true });
    await page.goto(url);
    await page.waitForFunction("performance.getEntriesByName('bien-nien:timeline-drawn').length > 0", undefined, { timeout: 120_000 });
    return (await page.evaluate("performance.getEntriesByName('bien-nien:timeline-drawn')[0].startTime")) as number;
  } finally {
    await browser.close();
  }
}
