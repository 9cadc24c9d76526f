import { expect, test } from 'vitest';
import { asScript } from '../../../src/lib/site/client-data.ts';

/** Runs a data script with its own `window`, as a browser would run the file. */
function run(script: string): Record<string, unknown> {
  const window: Record<string, unknown> = {};
  new Function('window', script)(window);
  return window;
}

test.each([
  ['quotes and backslashes', { text: `it's "quoted" \\ back\\slash` }],
  ['line and paragraph separators, control characters', { text: 'a\u2028b\u2029c\nd\te' }],
  ['markup that must stay text', { text: '</script><script>alert(1)</script>' }],
  ['Vietnamese and numbers', { title: 'Hội nghị Cấp cao ASEAN–Nga', n: [1, 2.5, -3e-7], none: null, yes: true }],
])('a data script gives back exactly the value (%s)', (_name, value) => {
  expect(run(asScript('DATA', value))['DATA']).toEqual(value);
});

test('the value is parsed when first read, once', () => {
  const window = run(asScript('DATA', { events: [{ id: 'a' }] }));
  const descriptor = Object.getOwnPropertyDescriptor(window, 'DATA')!;
  expect(descriptor.get).toBeTypeOf('function');
  expect(window['DATA']).toBe(window['DATA']);
});
