import { isPersonName } from './publication-date.ts';
import { OUTLETS } from './noise-rules.ts';
import type { PageLine } from './page-lines.ts';

/** What a page says about who wrote an article, for whom, and where it lives. */
export interface HeaderFields {
  author?: string;
  source?: string;
  url?: string;
}

export function readDateOrAddress(line: string): HeaderFields | undefined {
  if (/^https?:\/\/\S+$/.test(line)) return { url: line, ...outletOf(line) };
  const source = /^(?:Nguồn|Source)\s*:\s*(.+)$/iu.exec(line);
  if (source) return { source: source[1]! };
  return undefined;
}

export function readHeaderLine(line: string): HeaderFields | undefined {
  const meta = readDateOrAddress(line);
  if (meta) return meta;
  const byline = /^(?:By|Bài|Tác giả|Theo)\s*:?\s+(.{2,60})$/u.exec(line);
  if (byline && !/[.!?]$/.test(line)) return { author: byline[1]! };
  if (isPersonName(line)) return { author: line };
  return undefined;
}

/** A byline or credit closing the article: its own line ("Vũ Anh", "Theo TTXVN") or glued to the last sentence ("… challenges. Jane Roe/DMS"). */
export function closingCredit(body: PageLine[], into: HeaderFields, drop: (i: number, why: string, text?: string) => void): void {
  const last = body[body.length - 1];
  if (!last) return;
  const credit = readClosingCredit(last.text);
  if (credit) {
    body.pop();
    if (credit.author && !into.author) into.author = credit.author;
    if (credit.source && !into.source) into.source = credit.source;
    drop(last.i, 'closing byline');
    return;
  }
  const glued = /(?<=[.!?"”])\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\s*\/\s*(\p{Lu}[\p{Lu}\p{N}]{1,9})$/u.exec(last.text);
  if (glued) {
    last.text = last.text.slice(0, glued.index);
    into.author ??= glued[1]!;
    into.source ??= glued[2]!;
    drop(last.i, 'closing byline', glued[0].trim());
  }
}

function readClosingCredit(line: string): HeaderFields | undefined {
  const via = /^\(?(?:Theo|Nguồn:?|Source:?|According to)\s+(\p{Lu}[^.!?]{1,50}?)\)?\.?$/u.exec(line);
  if (via && via[1]!.split(' ').length <= 6) return { source: via[1]! };
  const cleaned = line.replace(/\s*\((?:theo|tổng hợp|lược dịch)[^)]*\)$/iu, '');
  return isPersonName(cleaned) ? { author: cleaned } : undefined;
}

export function outletOf(text: string): { source?: string } {
  const host = /([a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:vn|com|net|org|gov\.vn|com\.vn|org\.vn))\b/i.exec(text)?.[1]?.toLowerCase().replace(/^www\./, '');
  if (!host) return {};
  const outlet = OUTLETS[host] ?? OUTLETS[host.split('.').slice(-2).join('.')];
  return outlet ? { source: outlet } : {};
}

