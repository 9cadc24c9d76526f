import { noiseLineOf } from './noise-overlap.ts';

const MIN_WORDS = 3;
const EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}]/u;
// A word has a letter or a digit: "–" or "|" between words is not one.
const WORD = /[\p{L}\p{N}]/u;

/**
 * Why an event title cannot be read as a title, or undefined when it can: fewer than three
 * words, an emoji, or text of the page's chrome (`chrome`: its noise lines and date stamps).
 */
export function unreadableTitle(title: string, chrome: readonly string[], pageText?: string): string | undefined {
  const words = title.split(/\s+/u).filter((w) => WORD.test(w)).length;
  if (words < MIN_WORDS) return `${words} word(s)`;
  if (EMOJI.test(title)) return 'an emoji';
  const noise = noiseLineOf(title, chrome, pageText);
  return noise === undefined ? undefined : `text of the noise line "${noise}"`;
}
