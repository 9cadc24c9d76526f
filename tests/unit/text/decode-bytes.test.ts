import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../../src/lib/errors.ts';
import type { ExportContext } from '../../../src/lib/exports/export-event.ts';
import { toCsv } from '../../../src/lib/exports/to-csv.ts';
import { toIcs } from '../../../src/lib/exports/to-ics.ts';
import { htmlToText } from '../../../src/lib/importer/from-timelinejs.ts';
import { decodeBytes } from '../../../src/lib/text/decode-bytes.ts';
import { articleFile, corpusOf } from '../corpus-helpers.ts';

const bytes = (...parts: Array<string | number[]>) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));
// Enough binary after a signature-less header that no text file looks like it.
const noise = Array.from({ length: 600 }, (_, i) => (i * 37) % 256);

describe('a binary file is refused as not text, not as a wrong encoding', () => {
  test.each([
    ['a PNG image', bytes([0x89], 'PNG\r\n', [0x1a, 0x0a, 0, 0, 0, 13], 'IHDR', noise), /not text: it is a PNG image/],
    ['a JPEG photo', bytes([0xff, 0xd8, 0xff, 0xe0], noise), /not text: it is a JPEG image/],
    ['a PDF', bytes('%PDF-1.7\n%', [0xe2, 0xe3, 0xcf, 0xd3], noise), /not text: it is a PDF document/],
    ['a Word document', bytes('PK', [3, 4, 20, 0, 6, 0], noise), /not text: it is a ZIP archive/],
    ['binary data with no known signature', bytes('xx', [0, 1, 2, 3, 0, 0, 5], noise), /not text: it holds binary data/],
  ])('%s', (_, input, message) => {
    expect(decodeBytes(input)).toEqual({ error: expect.stringMatching(message), notText: true });
    expect(corpusOf(articleFile('a', input)).problems.map(formatProblem)).toEqual([expect.stringMatching(/^content\/articles\/a\.md:1 \[file\] the file is not text.*Fix: copy the article's words into a text file/)]);
  });

  test('text is still text: UTF-16 without a byte-order mark and a legacy code page keep their own message', () => {
    expect(decodeBytes(new Uint8Array(Buffer.from('Hội nghị Cấp cao ASEAN-Nga ngày 28/10', 'utf16le')))).toEqual({ error: expect.stringContaining('UTF-16 without a byte-order mark') });
    expect(decodeBytes(new Uint8Array([0x48, 0xf4, 0xf2, 0x69, 0x20, 0xd0]))).toEqual({ error: expect.stringContaining('Windows-1258') });
  });
});

describe('NUL and other control characters never reach pages, CSV or ICS', () => {
  test.each([
    ['NUL', '\u0000', ''],
    ['bell and escape', '\u0007\u001b[31m', '[31m'],
    ['DEL and a C1 control', '\u007f\u0085', ''],
    ['a noncharacter', '\uffff', ''],
  ])('%s are taken out and counted', (_, controls, left) => {
    expect(decodeBytes(bytes(`Hội${controls} nghị`))).toEqual({ text: `Hội${left} nghị`, removed: controls.length - left.length });
  });

  test('vertical tab and form feed become line breaks', () => {
    expect(decodeBytes(bytes('một\u000bhai\u000cba'))).toEqual({ text: 'một\nhai\nba', removed: undefined });
  });

  test('from the bytes of an article, a YAML escape and a TimelineJS text to the data files', () => {
    const article = `---\ntitle: "Hội nghị\\0 Cấp cao\\e ASEAN-Nga"\npublished: 2021-10-29\n---\n\nChiều 28/10\u0000, Thủ tướng dự Hội nghị\u001b Cấp cao ASEAN-Nga lần thứ 4\u0007.\n`;
    const corpus = corpusOf(articleFile('a', article));
    expect(corpus.problems).toEqual([]);
    expect(corpus.report.warnings).toContain('content/articles/a.md: 3 control character(s) (NUL, ESC…) taken out of the text');
    const context: ExportContext = { themes: corpus.themes, passageUrl: (a, p) => `/articles/${a}/#p-${p}`, generated: '2023-11-14T22:13:20.000Z' };
    const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/;
    const everything = [JSON.stringify(corpus.articles), JSON.stringify(corpus.events), toCsv(corpus.events, context), toIcs(corpus.events, context)];
    for (const text of everything) expect(text.replace(/\\u00[0-1][0-9a-f]/g, '\\\\escaped')).not.toMatch(CONTROL);
    expect(JSON.stringify(corpus)).not.toMatch(/\\u00(0[0-8]|1[0-9a-f])/);
    expect(corpus.articles[0]!.title).toBe('Hội nghị Cấp cao ASEAN-Nga');
    expect(htmlToText('Lễ\u0000 ký&#27; kết')).toBe('Lễ ký kết');
  });
});
