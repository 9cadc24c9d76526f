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
