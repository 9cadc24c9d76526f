import { stripControls } from './control-chars.ts';

/** Text, with the count of control characters taken out (only when there were some); or why the bytes are not read. */
export type Decoded = { text: string; removed?: number } | { error: string; notText?: true };

// The first bytes of files people drop in by mistake. Text never starts with these.
const SIGNATURES: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a WebP image or other RIFF media', [0x52, 0x49, 0x46, 0x46]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a ZIP archive (a .docx, .xlsx or .odt document is one)', [0x50, 0x4b, 0x03, 0x04]],
  ['an old Word or Excel document', [0xd0, 0xcf, 0x11, 0xe0]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['a program', [0x7f, 0x45, 0x4c, 0x46]],
];
// How much of a file's start is looked at, and the share of control bytes past which it is not text
// (and how many there must be at least, so a short note with a stray NUL is still read, without it).
const SAMPLE = 8192;
const BINARY_SHARE = 0.05;
const BINARY_MIN = 16;

/**
 * Turns a file's bytes into text. UTF-8 (with or without a byte-order mark) and
 * UTF-16 with a byte-order mark are read; anything else is refused with the
 * reason, since guessing a legacy code page (Windows-1258) silently garbles Vietnamese.
 * Images, PDFs and other binary files are refused as not text. Control characters
 * (NUL, ESC…) are taken out of the text and counted, so they never reach a page or a data file.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const kind = SIGNATURES.find(([, magic]) => magic.every((b, i) => bytes[i] === b));
  if (kind) return { error: `the file is not text: it is ${kind[0]}`, notText: true };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return cleaned(new TextDecoder('utf-16le').decode(bytes.subarray(2)));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return cleaned(new TextDecoder('utf-16be').decode(bytes.subarray(2)));
  if (looksUtf16(bytes)) return { error: 'the file looks like UTF-16 without a byte-order mark' };
  if (isBinary(bytes)) return { error: 'the file is not text: it holds binary data (an image, a PDF or a program?)', notText: true };
  try {
    return cleaned(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { error: 'the file is not UTF-8 (it may be Windows-1258 or another legacy Vietnamese encoding)' };
  }
}

function cleaned(decoded: string): Decoded {
  const { text, removed } = stripControls(decoded);
  return removed ? { text, removed } : { text };
}

/** UTF-16 text has a zero byte in most characters, all on the same side (Latin letters, digits, spaces). */
function looksUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const half = n / 2;
  return (odd > half / 4 && even < half / 20) || (even > half / 4 && odd < half / 20);
}

/** Many of the first bytes are control codes no text file holds (tab, breaks and ESC aside). */
function isBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0b && b !== 0x0c && b !== 0x1b) controls++;
  }
  return controls >= BINARY_MIN && controls > n * BINARY_SHARE;
}
