/**
 * Brings pasted text to one canonical form before anything reads it:
 * no byte-order mark, "\n" line endings (CRLF and lone CR too), Unicode NFC
 * (so decomposed Vietnamese gives the same dates, themes and search results),
 * and no non-breaking or zero-width spaces that copy and paste leaves behind.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/[\u200B-\u200D\u2060]/g, '');
}

/** Collapses runs of spaces and trims; keeps the text otherwise as written. */
export function tidySpaces(line: string): string {
  return line.replace(/[ \t]+/g, ' ').trim();
}
