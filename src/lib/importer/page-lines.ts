/** A line of the pasted page with its 0-based line number, so what is left out can be reported by line. */
export interface PageLine {
  text: string;
  i: number;
}

const LIST_ITEM = /^(?:[-–•·*+]\s|\d{1,2}[.)]\s|[IVX]{1,4}\.\s)/u;
/** "- item", "• item", "2. item", "IV. item": a line of a list. */
export const isListItem = (text: string) => LIST_ITEM.test(text);
const SENTENCE_END = /[.!?…:;"”»)\]]$/u;

/**
 * Joins the lines a PDF or a narrow column broke in mid-sentence: the next line goes on in lower
 * case ("… tại Hà Nội" / "ngày 8-14/12/2014), …"), or the line ends in a word cut at its hyphen
 * ("Nga-Belarus-" / "Kazakhstan …"), or leaves a bracket open. Only lines with nothing between
 * them join, never onto a list item, and only lines `isText` says are the article's. Returns the joined lines and the line numbers merged away.
 */
export function joinBrokenLines(lines: readonly PageLine[], isText: (text: string) => boolean = () => true): { lines: PageLine[]; joined: number[] } {
  const out: PageLine[] = [];
  const joined: number[] = [];
  let previous = -2;
  for (const line of lines) {
    const last = out[out.length - 1];
    const adjacent = line.i === previous + 1;
    previous = line.i;
    if (last && adjacent && continues(last.text, line.text) && isText(last.text) && isText(line.text)) {
      const glue = /\p{L}-$/u.test(last.text) ? '' : ' ';
      last.text = `${last.text}${glue}${line.text}`;
      joined.push(line.i);
      continue;
    }
    out.push({ ...line });
  }
  return { lines: out, joined };
}

function continues(text: string, next: string): boolean {
  if (SENTENCE_END.test(text) || LIST_ITEM.test(next)) return false;
  if (/^[\p{Ll}),;]/u.test(next)) return true;
  if (/\p{L}-$/u.test(text) && /^\p{Lu}/u.test(next)) return true;
  return count(text, '(') > count(text, ')');
}

const count = (text: string, char: string) => text.split(char).length - 1;

/**
 * Several related headlines run together on one line, as a page's teaser block pastes: words glued
 * across a lost line break ("giao thôngTổng thống", "thế giớiLào"), or a long run of words with
 * neither a comma nor a full stop. A list item or the page's last line (often cut mid-sentence) is not.
 */
export function isHeadlinesRunTogether(text: string): boolean {
  if (LIST_ITEM.test(text) || /[.!?…"”]$/u.test(text)) return false;
  const glued = text.match(/\p{Ll}\p{Lu}/gu)?.length ?? 0;
  if (glued >= 2) return true;
  return !/[,;:]/u.test(text) && text.split(/\s+/u).length >= 18;
}
