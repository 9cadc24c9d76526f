import { escapeRegExp } from '../text/escape-regexp.ts';
/**
 * Finds the proper name of a happening inside a sentence ("Hội nghị Cấp cao ASEAN-Nga lần thứ 4",
 * "Năm Hợp tác Khoa học-Kỹ thuật và Công nghiệp ASEAN-Nga"), to title its event.
 * The word lists are data: a new kind of happening is one entry.
 */
const EVENT_NOUNS: readonly string[] = Object.freeze([
  'Hội nghị', 'Hội đàm', 'Diễn đàn', 'Đối thoại', 'Tuyên bố', 'Kế hoạch', 'Chương trình', 'Hiệp định',
  'Thỏa thuận', 'Thoả thuận', 'Năm', 'Lễ', 'Đại hội', 'Phiên họp', 'Hội thảo', 'Tham vấn', 'Triển lãm', 'Chuyến thăm',
  'Summit', 'Conference', 'Meeting', 'Forum', 'Dialogue', 'Declaration', 'Plan', 'Programme', 'Program',
  'Agreement', 'Year', 'Treaty', 'Talks', 'Exhibition', 'Festival', 'Exercise', 'Drill', 'Visit', 'Fund',
]);
// Words after which the name has ended and the sentence goes on about it.
const STOP_WORDS: readonly string[] = Object.freeze([
  'kỷ niệm', 'khai mạc', 'bế mạc', 'bàn về', 'thảo luận', 'nhằm', 'để', 'diễn ra', 'được', 'đã', 'sẽ', 'là', 'tại', 'vào', 'trong đó', 'cùng', 'với sự', 'do', 'theo',
  'which', 'that', 'to', 'at', 'in', 'held', 'was', 'were', 'will', 'is', 'are', 'by', 'marking',
]);
const MAX_WORDS = 18;

const nounPattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${EVENT_NOUNS.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
const stopPattern = new RegExp(`\\s(?:${STOP_WORDS.join('|')})(?![\\p{L}\\p{N}])`, 'u');
const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);

/**
 * The first event name in `sentence`, or undefined. A name must look like one: at least two
 * capitalised words among its first six, or it contains the date words (`dateText`) themselves,
 * as in "Kế hoạch hành động toàn diện giai đoạn 2021-2025".
 */
export function findEventName(sentence: string, dateText?: string): string | undefined {
  for (const match of sentence.matchAll(nounPattern)) {
    // English names put the noun last ("the 4th ASEAN-Russia Summit"): take the capitalised words before it.
    const before = sentence.slice(0, match.index).split(/\s+/);
    let from = match.index;
    for (let i = before.length - 2; i >= 0 && /^(?:\p{Lu}|\d+(?:st|nd|rd|th)\b)/u.test(before[i]!) && !/[,;:.]$/.test(before[i]!); i--) {
      from -= before[i]!.length + 1;
    }
    let rest = sentence.slice(from);
    // "… Conference on COVID-19 on June 17": the date of the happening is not part of its name.
    if (dateText) {
      const at = rest.indexOf(dateText);
      const lead = at > 0 ? /\s(?:on|in|at|from|vào|ngày|hôm)\s*$/iu.exec(rest.slice(0, at)) : null;
      if (lead) rest = rest.slice(0, lead.index);
    }
    rest = rest.split(/[,;:.!?()"“”]|\s[-–—]\s(?=\p{Ll})/u)[0]!;
    const stop = stopPattern.exec(rest);
    if (stop) rest = rest.slice(0, stop.index);
    const words = rest.trim().split(/\s+/);
    if (words.length < 2) continue;
    const capitalised = words.slice(0, 6).filter(isCapitalised).length;
    if (/^the$/i.test(words[0]!)) words.shift();
    const clipped = words.slice(0, MAX_WORDS).join(' ');
    const withoutDate = dateText ? clipped.replace(dateText, '').trim() : clipped;
    if (withoutDate.split(/\s+/).length < 2) continue;
    if (capitalised >= 2 || (dateText && clipped.includes(dateText))) return clipped;
  }
  return undefined;
}

/**
 * A short title from a sentence with no event name: the clause that holds the date, without
 * the date words, their preposition or a leading conjunction, clipped to `maxWords`.
 */
export function titleFromSentence(sentence: string, dateText: string, maxWords = 12): string {
  const at = Math.max(0, sentence.indexOf(dateText));
  const clauses = [...sentence.matchAll(/[^;]+?(?=;|,\s+(?:and|but|while|và|nhưng|đồng thời)\s|$)/gu)];
  const clause = clauses.find((c) => c.index! <= at && at < c.index! + c[0].length)?.[0] ?? sentence;
  let text = clause
    .replace(new RegExp(`(?:\\s*\\b(?:on|in|at|from|since|by|trong|vào|từ|đến|ngày|hôm)\\s+)?${escapeRegExp(dateText)}`, 'iu'), ' ')
    .replace(/^[\s,;:–—-]+/, '')
    .replace(/^(?:and|but|while|và|nhưng|đồng thời)\s+/iu, '')
    .replace(/\s+,/g, ',')
    .replace(/[.!?…]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  const words = text.split(' ');
  text = words.slice(0, maxWords).join(' ').replace(/[,;:]+$/, '');
  return (words.length > maxWords ? `${text}…` : text).replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

/** Text clipped at a word boundary to at most `max` characters, with "…" when cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max * 0.6)).replace(/[,;:\s]+$/, '')}…`;
}
