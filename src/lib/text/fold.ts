/**
 * Folds text for matching: lower case, no Vietnamese tone or vowel marks, đ → d.
 * "Đông Nam Á" and "dong nam a" fold to the same string.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** Folded words of a text, split on anything that is not a letter or digit. */
export function foldedWords(text: string): string[] {
  return fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** A URL-safe, readable slug: folded, words joined by "-", at most `max` characters. */
export function slugify(text: string, max = 60): string {
  const words = foldedWords(text).filter((w) => /^[a-z0-9]+$/.test(w));
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > max) break;
    slug = next;
  }
  return slug || 'article';
}
