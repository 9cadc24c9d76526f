/**
 * Finds the proper name of a happening inside a sentence ("Hội nghị Cấp cao ASEAN-Nga lần thứ 4",
 * "Năm Hợp tác Khoa học-Kỹ thuật và Công nghiệp ASEAN-Nga"), to title its event.
 * The word lists are data: a new kind of happening is one entry.
 */
const EVENT_NOUNS: readonly string[] = Object.freeze([
  'Hội nghị', 'Hội đàm', 'Diễn đàn', 'Đối thoại', 'Tuyên bố', 'Kế hoạch', 'Chương trình', 'Hiệp định',
  'Thỏa thuận', 'Thoả thuận', 'Năm', 'Lễ', 'Đại hội', 'Phiên họp', 'Hội thảo', 'Tham vấn', 'Triển lãm', 'Chuyến thăm',
  'Summit', 'Conference', 'Meeting', 'Forum', 'Dialogue', 'Declaration', 'Plan', 'Programme', 'Program',
  'Agreement', 'Year', 'Treaty', 'Talks', 'Exhibition', 'Festival',
]);
// Words after which the name has ended and the sentence goes on about it.
const STOP_WORDS: readonly string[] = Object.freeze([
  'kỷ niệm', 'nhằm', 'để', 'diễn ra', 'được', 'đã', 'sẽ', 'là', 'tại', 'vào', 'trong đó', 'cùng', 'với sự', 'do', 'theo',
  'which', 'that', 'to', 'at', 'in', 'held', 'was', 'were', 'will', 'is', 'are', 'by', 'marking',
]);
const MAX_WORDS = 18;

const nounPattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${EVENT_NOUNS.join('|')})(?=\\s)`, 'gu');
const stopPattern = new RegExp(`\\s(?:${STOP_WORDS.join('|')})(?![\\p{L}\\p{N}])`, 'u');
const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);

/**
 * The first event name in `sentence`, or undefined. A name must look like one: at least two
 * capitalised words among its first six, or it contains the date words (`dateText`) themselves,
 * as in "Kế hoạch hành động toàn diện giai đoạn 2021-2025".
 */
export function findEventName(sentence: string, dateText?: string): string | undefined {
  for (const match of sentence.matchAll(nounPattern)) {
    let rest = sentence.slice(match.index);
    rest = rest.split(/[,;:.!?()"“”]|\s[-–—]\s(?=\p{Ll})/u)[0]!;
    const stop = stopPattern.exec(rest);
    if (stop) rest = rest.slice(0, stop.index);
    const words = rest.trim().split(/\s+/);
    if (words.length < 2) continue;
    const capitalised = words.slice(0, 6).filter(isCapitalised).length;
    const clipped = words.slice(0, MAX_WORDS).join(' ');
    const withoutDate = dateText ? clipped.replace(dateText, '').trim() : clipped;
    if (withoutDate.split(/\s+/).length < 2) continue;
    if (capitalised >= 2 || (dateText && clipped.includes(dateText))) return clipped;
  }
  return undefined;
}

/** A short title from a sentence with no event name: the date words and lead-in dropped, clipped to `maxWords`. */
export function titleFromSentence(sentence: string, dateText: string, maxWords = 12): string {
  let text = sentence.replace(dateText, ' ').replace(/^[\s,;:–—-]+/, '');
  text = text.replace(/\s+,/g, ',').replace(/[.!?…]+$/, '').replace(/\s+/g, ' ').trim();
  const words = text.split(' ');
  const title = words.slice(0, maxWords).join(' ').replace(/[,;:]+$/, '');
  return (words.length > maxWords ? `${title}…` : title).replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

/** Text clipped at a word boundary to at most `max` characters, with "…" when cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max * 0.6)).replace(/[,;:\s]+$/, '')}…`;
}
