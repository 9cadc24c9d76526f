/**
 * Turns a file's bytes into text. UTF-8 (with or without a byte-order mark) and
 * UTF-16 with a byte-order mark are read; anything else is refused with the
 * reason, since guessing a legacy code page (Windows-1258) silently garbles Vietnamese.
 */
export function decodeBytes(bytes: Uint8Array): { text: string } | { error: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const looksUtf16 = bytes.length > 3 && (bytes[1] === 0 || bytes[0] === 0);
    return {
      error: looksUtf16
        ? 'the file looks like UTF-16 without a byte-order mark'
        : 'the file is not UTF-8 (it may be Windows-1258 or another legacy Vietnamese encoding)',
    };
  }
}
