/** A sentence of a paragraph, with its character offsets in that paragraph. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

// Abbreviations whose full stop does not end a sentence (folded case kept simple).
const ABBREVIATIONS = new Set([
  'tp', 'tt', 'ts', 'ths', 'pgs', 'gs', 'bs', 'ks', 'st', 'mr', 'mrs', 'ms', 'dr', 'prof',
  'no', 'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'u.s', 'u.k', 'e.g', 'i.e', 'inc', 'ltd', 'co', 'corp', 'gov', 'gen', 'lt', 'col',
]);

/**
 * Splits a paragraph into sentences at ".", "!", "?" or "…" followed by a space
 * and a capital letter, digit or quote. Decimal points ("1.000") and common
 * abbreviations ("TP. Hồ Chí Minh", "Mr. Lavrov") do not split.
 */
export function splitSentences(paragraph: string): Sentence[] {
  const sentences: Sentence[] = [];
  // Pages that lose the space after a full stop ("related meetings.As a representative",
  // "(ASEAN).Chuyến thăm") still end a sentence there: a word of two small letters or a bracket
  // before, a capitalised word after ("U.S.", "e.vnexpress.net" and "1.000" do not split).
  const boundary = /([.!?…]+)(["”’)\]]*)(?:\s+(?=["“‘(\[]?[\p{Lu}\p{N}])|(?<=(?:\p{Ll}{2}|\))[.!?]["”’)\]]*)(?=\p{Lu}\p{Ll}))/gu;
  let start = 0;
  for (const match of paragraph.matchAll(boundary)) {
    const stopAt = match.index + match[1]!.length + match[2]!.length;
    const before = paragraph.slice(start, match.index);
    const lastWord = before.split(/\s+/).pop() ?? '';
    if (match[1] === '.' && ABBREVIATIONS.has(lastWord.toLowerCase())) continue;
    // A single capital letter before "." is an initial ("V. Putin").
    if (match[1] === '.' && /^\p{Lu}$/u.test(lastWord)) continue;
    // A wire dateline ("MOSCOW, July 7. /TASS/.") belongs to the sentence it opens.
    const sofar = paragraph.slice(start, stopAt).trim();
    if (/^\p{Lu}{2,}[\p{Lu} ]*,/u.test(sofar) && sofar.split(/\s+/).length <= 4) continue;
    pushSentence(sentences, paragraph, start, stopAt);
    start = match.index + match[0].length;
  }
  pushSentence(sentences, paragraph, start, paragraph.length);
  return sentences;
}

function pushSentence(into: Sentence[], paragraph: string, start: number, end: number): void {
  const raw = paragraph.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (text) into.push({ text, start: start + lead, end: start + lead + text.length });
}
