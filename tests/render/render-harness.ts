import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

/**
 * Golden-file comparison for rendered SVG, after Observable Plot's tests: numbers rounded to
 * 3 decimals, one element per line, so a diff reads like code. A mismatch also writes
 * tests/output/<name>-changed.svg (git-ignored) to open beside the committed one.
 */
export async function expectSvgSnapshot(name: string, svg: Element): Promise<void> {
  const actual = prettyPrint(svg.outerHTML.replace(/-?\d+\.\d{4,}/g, (n) => String(Math.round(Number(n) * 1000) / 1000)));
  const expectedPath = `tests/output/${name}.svg`;
  const changedPath = `tests/output/${name}-changed.svg`;
  if (existsSync(expectedPath) && readFileSync(expectedPath, 'utf8') !== actual) writeFileSync(changedPath, actual);
  else if (existsSync(changedPath)) unlinkSync(changedPath);
  await expect(actual).toMatchFileSnapshot(`../output/${name}.svg`);
}

function prettyPrint(markup: string): string {
  let depth = 0;
  const lines: string[] = [];
  for (const token of markup.replace(/>\s*</g, '>\n<').split('\n')) {
    const closing = token.startsWith('</');
    const opening = !closing && token.startsWith('<') && !token.endsWith('/>') && !/<\/[^>]+>$/.test(token);
    if (closing) depth--;
    lines.push(`${'  '.repeat(Math.max(depth, 0))}${token}`);
    if (opening) depth++;
  }
  return `${lines.join('\n')}\n`;
}

/**
 * A stand-in 2D context that writes down every drawing call and setting, one per line, numbers
 * rounded to 3 decimals: the canvas's golden file, read like the SVG ones.
 */
export function recordingContext<T>(): { context: T; log: string[] } {
  const log: string[] = [];
  const settings = new Map<PropertyKey, unknown>();
  const show = (value: unknown) => (typeof value === 'number' ? String(Math.round(value * 1000) / 1000) : JSON.stringify(value));
  const context = new Proxy({}, {
    get: (_, name) => (settings.has(name) ? settings.get(name) : (...args: unknown[]) => void log.push(`${String(name)}(${args.map(show).join(', ')})`)),
    set: (_, name, value) => {
      settings.set(name, value);
      log.push(`${String(name)} = ${show(value)}`);
      return true;
    },
  });
  return { context: context as T, log };
}

/** Compares a recorded drawing with its golden file in tests/output. */
export async function expectDrawingSnapshot(name: string, log: readonly string[]): Promise<void> {
  await expect(`${log.join('\n')}\n`).toMatchFileSnapshot(`../output/${name}.txt`);
}
