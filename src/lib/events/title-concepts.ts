import { foldedWords } from '../text/fold.ts';

/**
 * What an event's title names, in words the two languages share, so that "Hội nghị đặc biệt Bộ
 * trưởng Ngoại giao ASEAN – Nga" and "Special ASEAN-Russia Foreign Ministers' Meeting" compare
 * as the same happening: the kind of meeting, who met (countries and blocs, kept apart because
 * a meeting with Russia is never one with Japan), and its numbers ("lần thứ 4", "4th").
 * The glossary is data: folded phrases, longest first; a new word is one entry.
 */
const GLOSSARY: ReadonlyArray<readonly [string, string]> = [
  // kinds of happening
  ['hoi nghi cap cao', 'summit'], ['thuong dinh', 'summit'], ['cap cao', 'summit'], ['summit', 'summit'],
  ['hoi nghi', 'meeting'], ['cuoc hop', 'meeting'], ['phien hop', 'meeting'], ['meeting', 'meeting'], ['meetings', 'meeting'], ['conference', 'meeting'],
  ['hoi dam', 'talks'], ['talks', 'talks'], ['dien dan', 'forum'], ['forum', 'forum'], ['doi thoai', 'dialogue'], ['dialogue', 'dialogue'],
  ['tham van', 'consultation'], ['consultation', 'consultation'], ['consultations', 'consultation'],
  ['tuyen bo', 'declaration'], ['declaration', 'declaration'], ['statement', 'declaration'],
  ['hiep dinh', 'agreement'], ['agreement', 'agreement'], ['thoa thuan', 'agreement'], ['hiep uoc', 'treaty'], ['treaty', 'treaty'],
  ['ke hoach', 'plan'], ['plan', 'plan'], ['hanh dong', 'action'], ['action', 'action'],
  ['tap tran', 'exercise'], ['exercise', 'exercise'], ['drill', 'exercise'], ['chuyen tham', 'visit'], ['visit', 'visit'],
  // who and what kind
  ['ngoai truong', 'foreign minister'], ['bo truong', 'minister'], ['minister', 'minister'], ['ministers', 'minister'], ['ministerial', 'minister'],
  ['ngoai giao', 'foreign'], ['foreign', 'foreign'], ['kinh te', 'economic'], ['economic', 'economic'], ['quoc phong', 'defence'], ['defence', 'defence'], ['defense', 'defence'],
  ['quan chuc cao cap', 'senior officials'], ['senior officials', 'senior officials'], ['lanh dao', 'leaders'], ['leaders', 'leaders'],
  ['dac biet', 'special'], ['special', 'special'], ['truc tuyen', 'online'], ['online', 'online'], ['virtual', 'online'], ['videoconference', 'online'], ['video conference', 'online'],
  ['khu vuc', 'regional'], ['regional', 'regional'], ['toan dien', 'comprehensive'], ['comprehensive', 'comprehensive'], ['chung', 'joint'], ['joint', 'joint'],
  ['hai quan', 'naval'], ['naval', 'naval'], ['thuong mai tu do', 'free trade'], ['free trade', 'free trade'], ['vien dong', 'far east'], ['far eastern', 'far east'], ['far east', 'far east'],
];

/** Countries and blocs: two titles naming different ones are different happenings. */
const PARTIES: ReadonlyArray<readonly [string, string]> = [
  ['lien bang nga', 'russia'], ['lb nga', 'russia'], ['nga', 'russia'], ['russia', 'russia'], ['russian', 'russia'],
  ['viet nam', 'vietnam'], ['vietnam', 'vietnam'], ['trung quoc', 'china'], ['china', 'china'], ['chinese', 'china'],
  ['hoa ky', 'us'], ['my', 'us'], ['united states', 'us'], ['us', 'us'], ['nhat ban', 'japan'], ['nhat', 'japan'], ['japan', 'japan'], ['japanese', 'japan'], ['han quoc', 'korea'], ['korea', 'korea'],
  ['an do', 'india'], ['india', 'india'], ['lao', 'laos'], ['laos', 'laos'], ['campuchia', 'cambodia'], ['cambodia', 'cambodia'], ['thai lan', 'thailand'], ['thailand', 'thailand'],
  ['indonesia', 'indonesia'], ['malaysia', 'malaysia'], ['philippines', 'philippines'], ['singapore', 'singapore'], ['brunei', 'brunei'], ['myanmar', 'myanmar'],
  ['lien hop quoc', 'un'], ['united nations', 'un'], ['eu', 'eu'], ['lien minh chau au', 'eu'], ['asean', 'asean'], ['eaeu', 'eaeu'], ['apec', 'apec'],
];

const ORDINALS: Readonly<Record<string, string>> = Object.freeze({ first: '1', second: '2', third: '3', fourth: '4', fifth: '5', inaugural: '1' });

/** "first", "lần thứ nhất", "lần đầu", "đầu tiên": the number an ordinal word says, if it is one. */
function ordinal(words: readonly string[], i: number): string | undefined {
  const word = words[i]!;
  if (ORDINALS[word]) return ORDINALS[word];
  if (word === 'nhat' && words[i - 1] === 'thu') return '1';
  if (word === 'dau' && (words[i - 1] === 'lan' || words[i + 1] === 'tien')) return '1';
  return undefined;
}
// Words that carry nothing of what happened ("các", "lần thứ", "the", "of").
const FILLER = new Set(['cac', 'va', 'cua', 've', 'lan', 'thu', 'tai', 'voi', 'giua', 'the', 'of', 'on', 'and', 'in', 'to', 'for', 'at', 'a', 'an', 's', 'nuoc', 'tien', 'via']);

export interface TitleConcepts {
  /** The kind of happening and its words, shared across languages. */
  concepts: Set<string>;
  /** The countries and blocs it names. */
  parties: Set<string>;
  /** Its numbers, sorted: "lần thứ 4" and "4th" are both "4". */
  numbers: string;
}

export function titleConcepts(title: string): TitleConcepts {
  const words = foldedWords(title);
  const concepts = new Set<string>();
  const parties = new Set<string>();
  const numbers: string[] = [];
  for (let i = 0; i < words.length; ) {
    // "lần thứ nhất" is first, not Japan ("Nhật")
    if (words[i] === 'nhat' && words[i - 1] === 'thu') {
      numbers.push('1');
      i++;
      continue;
    }
    const party = longestAt(words, i, PARTIES);
    if (party) {
      parties.add(party.concept);
      i += party.length;
      continue;
    }
    const known = longestAt(words, i, GLOSSARY);
    if (known) {
      concepts.add(known.concept);
      i += known.length;
      continue;
    }
    const word = words[i]!;
    const number = /^(\d+)(?:st|nd|rd|th)?$/.exec(word)?.[1] ?? ordinal(words, i);
    if (number) numbers.push(String(Number(number)));
    else if (!FILLER.has(word)) concepts.add(word);
    i++;
  }
  return { concepts, parties, numbers: numbers.sort().join(' ') };
}

function longestAt(words: readonly string[], at: number, table: ReadonlyArray<readonly [string, string]>): { concept: string; length: number } | undefined {
  let best: { concept: string; length: number } | undefined;
  for (const [phrase, concept] of table) {
    const parts = phrase.split(' ');
    if (parts.length > (best?.length ?? 0) && parts.every((p, k) => words[at + k] === p)) best = { concept, length: parts.length };
  }
  return best;
}
