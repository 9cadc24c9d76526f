/** Vietnamese weekday names as the press writes them: "thứ Hai" … "thứ Bảy", "Chủ nhật", "thứ 2" … "thứ 7". */
export const VI_WEEKDAY = 'thứ\\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\\s+nhật';

const WEEKDAY_NUMBER: Readonly<Record<string, number>> = Object.freeze({
  hai: 1, ba: 2, tư: 3, năm: 4, sáu: 5, bảy: 6, '2': 1, '3': 2, '4': 3, '5': 4, '6': 5, '7': 6,
});

/** The weekday (0 = Sunday) a Vietnamese phrase names, if it names one. */
export function viWeekday(text: string): number | undefined {
  if (/chủ\s+nhật/iu.test(text)) return 0;
  const m = /thứ\s+(hai|ba|tư|năm|sáu|bảy|[2-7])(?![\p{L}\p{N}])/iu.exec(text);
  return m ? WEEKDAY_NUMBER[m[1]!.toLowerCase()] : undefined;
}

/** Month names in words; "tháng Năm" is May. */
const MONTH_WORDS: ReadonlyArray<[string, number]> = [
  ['giêng', 1], ['mười một', 11], ['mười hai', 12], ['mười', 10], ['một', 1], ['hai', 2], ['ba', 3], ['tư', 4],
  ['năm', 5], ['sáu', 6], ['bảy', 7], ['tám', 8], ['chín', 9], ['chạp', 12],
];
export const VI_MONTH_WORD = MONTH_WORDS.map(([w]) => w.replace(' ', '\\s+')).join('|');

/** The month after "tháng": a number, or a word capitalised as the press writes it (Giêng and Chạp need no capital). */
export function monthOf(word: string): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  const lower = word.toLowerCase().replace(/\s+/g, ' ');
  const entry = MONTH_WORDS.find(([w]) => w === lower);
  if (!entry) return undefined;
  // Lower-case "tháng năm" is "months and years", "tháng hai" a count: only the capitalised word names a month.
  const capitalised = word[0] !== word[0]!.toLowerCase();
  return capitalised || entry[0] === 'giêng' || entry[0] === 'chạp' ? entry[1] : undefined;
}
