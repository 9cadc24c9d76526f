import { escapeRegExp } from '../text/escape-regexp.ts';
import { foldedWords } from '../text/fold.ts';
/**
 * Finds the proper name of a happening inside a sentence ("Hội nghị Cấp cao ASEAN-Nga lần thứ 4",
 * "Năm Hợp tác Khoa học-Kỹ thuật và Công nghiệp ASEAN-Nga"), to title its event.
 * The word lists are data: a new kind of happening is one entry.
 */
const EVENT_NOUNS: readonly string[] = Object.freeze([
  'Hội nghị', 'Hội đàm', 'Diễn đàn', 'Đối thoại', 'Tuyên bố', 'Kế hoạch', 'Chương trình', 'Hiệp định', 'Hiệp ước',
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
// A name that is only its kind ("Hội nghị Cấp cao", "the Summit"): it needs what follows.
const GENERIC_NAME = /^(?:the\s+)?(?:Hội nghị|Diễn đàn|Lễ|Summit|Meeting|Conference)(?:\s+(?:Cấp cao|cấp cao|Bộ trưởng|thượng đỉnh))?$/iu;
// Date words that may stand inside a name: a year or a span of years.
const YEARS_ONLY = /^(?:(?:giai đoạn|năm|nhiệm kỳ|period|the year)\s+)?\d{4}(?:\s*[-–—]\s*\d{4})?$/iu;

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
      // A year or a period can name a happening ("Kế hoạch … giai đoạn 2021-2025"); a day cannot.
      if (lead) rest = rest.slice(0, lead.index);
      else if (at > 0 && !YEARS_ONLY.test(dateText)) rest = rest.slice(0, at);
    }
    rest = rest.split(/[,;:.!?()"“”]|\s[-–—]\s(?=\p{Ll})/u)[0]!;
    let stop = stopPattern.exec(rest);
    // "Hội nghị Cấp cao kỷ niệm 20 năm quan hệ ASEAN – Nga": a bare "Hội nghị Cấp cao" is named by what it marks.
    if (stop && /^\s*kỷ niệm$/u.test(stop[0]) && GENERIC_NAME.test(rest.slice(0, stop.index).trim())) {
      const after = stopPattern.exec(rest.slice(stop.index + stop[0].length));
      stop = after ? Object.assign(after, { index: after.index + stop.index + stop[0].length }) : null;
    }
    if (stop) rest = rest.slice(0, stop.index);
    if (/^[A-Za-z]+$/.test(match[0])) rest = englishNameOnly(rest, match.index - from + match[0].length);
    const words = rest.trim().split(/\s+/);
    if (words.length < 2) continue;
    const capitalised = words.slice(0, 6).filter(isCapitalised).length;
    if (/^the$/i.test(words[0]!)) words.shift();
    const clipped = words.slice(0, MAX_WORDS).join(' ');
    const withoutDate = dateText ? clipped.replace(dateText, '').trim() : clipped;
    if (withoutDate.split(/\s+/).length < 2) continue;
    if (!(capitalised >= 2 || (dateText && clipped.includes(dateText)))) continue;
    const name = wordCount(clipped) >= MIN_TITLE_WORDS ? clipped : widen(clipped, sentence.slice(0, from), sentence.slice(from + rest.trimEnd().length), dateText);
    if (name && wordCount(name) >= MIN_TITLE_WORDS) return clip(name, MAX_TITLE_CHARS).replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  }
  return undefined;
}

/**
 * An English name goes on after its noun only in capitals, numbers, or "of", "on", "for",
 * "between", "and", "the" before capitals: "Conference on COVID-19", "Plan of Action", not
 * "Declaration and the specific measures", "Meeting via videoconference".
 */
function englishNameOnly(text: string, end: number): string {
  const tail = text.slice(end).split(/\s+/u).filter(Boolean);
  let kept = 0;
  for (let i = 0; i < tail.length; i++) {
    const word = tail[i]!;
    if (/^(?:\p{Lu}|\d)/u.test(word)) {
      kept = i + 1;
      continue;
    }
    const next = tail[i + 1] === 'the' ? tail[i + 2] : tail[i + 1];
    if (/^(?:of|on|for|between|and|the)$/u.test(word) && next !== undefined && /^(?:\p{Lu}|\d)/u.test(next)) continue;
    break;
  }
  return [text.slice(0, end), ...tail.slice(0, kept)].join(' ').trim();
}

/**
 * A name of two words ("ASEAN–Russia Summit") is not yet a title: it takes the ordinal before it
 * ("the first …"), the place after it ("… in Kuala Lumpur") or the date words after it ("… in 2021").
 */
function widen(name: string, before: string, after: string, dateText?: string): string | undefined {
  // "full-fledged Dialogue Partner" names a status, not a happening: only a happening's name widens.
  if (!new RegExp(`(?:${EVENT_NOUNS.join('|')})$`, 'u').test(name)) return undefined;
  const ordinal = /(?<![\p{L}])(first|second|third|fourth|fifth|annual|special|inaugural|extraordinary|informal|\d+(?:st|nd|rd|th))\s+$/iu.exec(before);
  if (ordinal) return `${ordinal[1]} ${name}`;
  const place = /^\s+((?:in|at|tại|ở)\s+\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,2})/u.exec(after);
  if (place) return `${name} ${place[1]}`;
  if (dateText) {
    const date = new RegExp(`^\\s+((?:in|on|năm|vào)\\s+)?${escapeRegExp(dateText)}`, 'iu').exec(after);
    if (date) return `${name} ${date[0].trim()}`;
  }
  return undefined;
}

// Words that open a sentence to tie it to the one before: not part of what happened.
const CONNECTIVES = [
  'Ban đầu', 'Vì vậy', 'Do đó', 'Trước đó', 'Sau đó', 'Theo đó', 'Bên cạnh đó', 'Ngoài ra', 'Tuy nhiên', 'Đồng thời', 'Cùng ngày',
  'Cũng trong ngày', 'Trong khi đó', 'Khi đó', 'Lúc đó', 'Từ đó', 'Nhờ đó', 'Vì thế', 'Do vậy', 'Hôm nay', 'Hiện nay', 'Cũng', 'Đặc biệt', 'Trong đó', 'Qua đó', 'Như vậy', 'Mặt khác', 'Tiếp đó',
  'Meanwhile', 'However', 'In addition', 'Also', 'Earlier', 'Later', 'Then', 'Previously', 'Moreover', 'Furthermore', 'Today',
  'Separately', 'Additionally', 'Besides', 'Thus', 'Therefore', 'Since then', 'At the same time',
];
const LEADING_CONNECTIVE = new RegExp(`^(?:${CONNECTIVES.join('|')})\\s*,?\\s+`, 'iu');
// "X cho biết, Y", "X said (that) Y": who reported, then the news.
const REPORTED_VI = /^.{0,100}?\s(?:cho biết|đưa tin|cho hay|thông báo|nhấn mạnh|khẳng định|nêu rõ|tuyên bố)(?:\s+rằng)?\s*[,:]\s*(.{15,})$/u;
// A passive "was announced at …" is what happened, not who reported it.
const REPORTED_EN = /^.{0,100}?(?<!(?:^|[^\p{L}])(?:was|were|been|be|is|are|being))\s(?:said|says|announced|reported|noted|stated)(?:\s+that)?\s+(.{15,})$/u;
// "…, Indonesia's navy said, …", "…, ông nói": who said it, after what was said.
const REPORTER_AFTER = /,["”’]?\s+[^,]{2,60}?\s(?:said|says|reported|announced|added|noted|nói|cho biết|cho hay)(?=\s*(?:,|\.?$))/giu;
// Outlets' codes that open their first paragraph ("TTO - ", "TCCS - ", "(ĐTCK) ").
const OUTLET_CODE = /^(?:\(?(?:TTO|NDO|TCCS|ANTĐ|VOV(?:\.VN)?|VNA|TTXVN|QĐND|SGGP|PLO|CAND|VTV|VNS|TTH\.VN|ĐTCK|Tổ Quốc|Dân trí|Chinhphu\.vn)\)?\s*[-–—]?\s+)/u;
const EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}\uFE0F\u200D]/gu;
export const MAX_TITLE_CHARS = 90;
const MIN_TITLE_WORDS = 3;

const wordCount = (text: string) => text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/**
 * A title a student can read, from a sentence with no event name: the clause that holds the date
 * (what was reported, not who reported it), without the date words, their preposition, an opening
 * connective ("Trước đó,", "Meanwhile,"), a dateline, or brackets left empty; at most `maxChars`
 * characters, cut at a clause or a word. Never under three words: with fewer, the date words
 * stay, and failing that the whole sentence is used.
 */
export function titleFromSentence(sentence: string, dateText: string, maxChars = MAX_TITLE_CHARS): string {
  const at = Math.max(0, sentence.indexOf(dateText));
  const clauses = [...sentence.matchAll(CLAUSE)];
  const clause = clauses.find((c) => c.index <= at && at < c.index + c[0].length)?.[0] ?? sentence;
  const core = reported(removeDate(unwrap(clause), dateText));
  // "Năm 2021 là năm kỷ niệm …", "2021 marks …": the date is the subject, and stays.
  let title = tidy(COPULA_FIRST.test(tidy(core)) ? reported(unwrap(clause)) : core);
  if (wordCount(title) < MIN_TITLE_WORDS) title = tidy(reported(clause));
  if (wordCount(title) < MIN_TITLE_WORDS) title = tidy(reported(removeDate(sentence, dateText)));
  if (wordCount(title) < MIN_TITLE_WORDS) title = tidy(sentence);
  return closeBrackets(clip(title, maxChars, { atClause: true })).replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

/** A clipped title that left a bracket open ("… Kuala Lumpur (13…") ends before the bracket. */
function closeBrackets(title: string): string {
  const open = title.lastIndexOf('(');
  if (open < 0 || title.indexOf(')', open) >= 0) return title;
  const cut = title.slice(0, open).replace(/[\s,;:–—-]+$/u, '');
  return wordCount(cut) >= MIN_TITLE_WORDS ? `${cut}${title.endsWith('…') ? '…' : ''}` : title;
}

const COPULA_FIRST = /^(?:là|đánh dấu|sẽ là|được coi là|is|was|will be|marks|marked)\s/iu;

/** A clause the page put all in brackets, without them: "(Ngày 29/5/2014: …)". */
const unwrap = (clause: string) => clause.trim().replace(/^\((.*)\)\.?$/su, '$1');

// Where a sentence's clauses part: ";", ", và", ", nhất là khi", "và sau đó", after a quotation ("…”, Lavrov said …").
const CLAUSE = /[^;]+?(?=;|,\s+(?:and|but|while|và|nhưng|đồng thời|nhất là khi|đặc biệt là khi|sau khi|khi|when|after)\s|\s(?:và|and)\s(?:sau đó|rồi|then|later)\s|(?<=[”"]),\s|$)/gu;

/** What a sentence or clause reports, without who reported it ("Đại sứ cho biết, …", "…, the ministry said"). */
export function reported(clause: string): string {
  const text = clause.trim();
  const vi = REPORTED_VI.exec(text);
  if (vi) return vi[1]!;
  const en = REPORTED_EN.exec(text);
  return (en ? en[1]! : text).replace(REPORTER_AFTER, '');
}

/** The clause without its date words and the preposition that leads them in. */
function removeDate(clause: string, dateText: string): string {
  // A comma the date words took along stays: "in October, a meeting …".
  const words = dateText.replace(/[\s,;.]+$/u, '');
  if (!words || !clause.includes(words)) return clause;
  // The words that led into the date go with it: "Ngay từ đầu năm 2020", "over the past 30 years".
  return clause.replace(words, '\u0000').replace(DATE_LEAD, ' ').replace('\u0000', ' ');
}
const DATE_LEAD = /(?:\s*(?<![\p{L}])(?:ngay|kể|the|over|in|on|at|of|during|for|next|past|last|this|coming|since|by|from|trong|vào|từ|đến|ngày|hôm|hồi|tới|qua))*\s*\u0000/iu;

/** Spaces, stray punctuation, empty or unmatched brackets, emoji and opening connectives tidied away. */
function tidy(text: string): string {
  let out = balanceBrackets(text.replace(EMOJI, '').replace(/\(\s*[,;:.–-]?\s*\)/gu, ' ').replace(/[,;:]\s*(?=[.,;:])/gu, '').replace(/\s+/gu, ' '))
    .replace(/\(\s+/gu, '(')
    .replace(/\s+\)/gu, ')')
    .trim();
  for (let previous = ''; previous !== out; ) {
    previous = out;
    out = out
      .replace(/^[\s,;:–—.-]+/u, '')
      .replace(LEADING_CONNECTIVE, '')
      .replace(/^(?:and|but|while|và|nhưng|đồng thời|còn|thì|rồi|nhất là khi|đặc biệt là khi|khi|when)\s+/iu, '')
      .replace(/^\p{Lu}[\p{L}. ]{1,25}\s\((?:VNA|TTXVN|AFP|Reuters|AP)\)\s*[-–—]\s*/u, '')
      .replace(/^(?:\p{Lu}{2,}(?:\s\p{Lu}{2,})*[,.]?\s*)?\/\p{Lu}{2,}\/\.?\s*/u, '')
      // where it happened, before what: "Tại Trụ sở Chính phủ, …", "In Vientiane, …"
      .replace(/^(?:Tại|Ở|In|At)\s[^,]{2,40},\s+(?=\p{L})/iu, '')
      // a speaker's setting, before what they said: "Phát biểu tại hội nghị, …", "Speaking to reporters, …"
      .replace(/^(?:Phát biểu|Trả lời|Speaking|Addressing)\s[^,]{2,80},\s+(?=\p{L})/iu, '')
      .replace(OUTLET_CODE, '')
      // a wire dateline whose date went with the date words: "JAKARTA: ", "HÀ NỘI — ", "SUBANG JAYA, — "
      .replace(/^\p{Lu}{2,}(?:\s\p{Lu}{2,})*\s*(?::|,\s*[–—-]|\s—)\s+/u, '')
      .trim();
  }
  out = out.replace(/\s+([,;:.!?])/gu, '$1').replace(/[.!?…,;:–—-]+$/u, '').trim();
  return balanceBrackets(out);
}

/** Drops a bracket or quote mark that has no partner, so a title never shows "(" alone. */
function balanceBrackets(text: string): string {
  const pairs: Array<[string, string]> = [['(', ')'], ['[', ']'], ['“', '”']];
  let out = text;
  for (const [open, close] of pairs) {
    const opens = out.split(open).length - 1;
    const closes = out.split(close).length - 1;
    if (opens !== closes) out = out.split(open).join('').split(close).join('');
  }
  if ((out.split('"').length - 1) % 2 === 1) out = out.replace(/"/gu, '');
  return out.replace(/\s+/gu, ' ').trim();
}

/**
 * The title of the happening a sentence dates: its proper name when it (or another sentence of the
 * article with the same date) has one of three words or more that no other event of the article
 * already has (`taken`); else the headline when it tells this sentence; else a title from the sentence.
 */
export function eventTitle(
  sentence: string,
  dateText: string,
  options: { taken?: readonly string[]; headline?: string; sameDate?: ReadonlyArray<{ sentence: string; dateText: string }> } = {},
): string {
  // The happening's name, from its own sentence or another that gives the same date ("… lead: Nga ngày 6-7 cho biết …",
  // then "Thông tin này nằm trong Hội nghị đặc biệt … ngày 6-7").
  for (const mention of [{ sentence, dateText }, ...(options.sameDate ?? [])]) {
    const name = findEventName(mention.sentence, mention.dateText);
    if (name !== undefined && !options.taken?.includes(name)) return name;
  }
  const { headline } = options;
  if (headline && headlineTells(headline, sentence)) return clip(headline, MAX_TITLE_CHARS, { atClause: true });
  return titleFromSentence(sentence, dateText);
}

// Share of a headline's words its news sentence must have for the headline to title that sentence's happening.
const HEADLINE_SHARE = 0.6;

/**
 * Whether an article's headline tells the happening `sentence` reports: most of its words (folded,
 * compared by their beginnings, so "agree" finds "agreed") are in the sentence.
 */
export function headlineTells(headline: string, sentence: string): boolean {
  const words = foldedWords(headline).filter((w) => w.length > 1);
  if (wordCount(headline) < MIN_TITLE_WORDS || words.length === 0 || EMOJI_TEST.test(headline)) return false;
  const said = foldedWords(sentence);
  const found = words.filter((w) => said.some((s) => s.startsWith(w) || w.startsWith(s) && s.length >= 4)).length;
  return found / words.length >= HEADLINE_SHARE;
}
const EMOJI_TEST = /[\p{Extended_Pictographic}\p{Regional_Indicator}]/u;

/**
 * Text clipped to at most `max` characters: at a word, with "…", or with `atClause` at the last
 * comma or semicolon that keeps most of it (a whole clause reads better than a cut one).
 */
export function clip(text: string, max: number, options: { atClause?: boolean } = {}): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  if (options.atClause) {
    // a clause, not an apposition: ", as the region …", not "Minister, Sergey Lavrov, attended …"
    const ends = [...text.slice(0, max + 1).matchAll(/[,;]\s(?=\p{Ll})/gu)].map((m) => m.index).filter((at) => !/,\s*\S+(?:\s+\S+){0,3}$/u.test(text.slice(0, at)));
    const clauseEnd = Math.max(-1, ...ends);
    if (clauseEnd >= max * 0.45) return cut.slice(0, clauseEnd).replace(/[\s,;:–—-]+$/u, '');
  }
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max * 0.6)).replace(/[,;:\s]+$/, '')}…`;
}
