import { fromIsoDate, type Precision } from './partial-date.ts';

export type Language = 'vi' | 'en';

const MONTH_NAMES_EN = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** One ISO partial date for a reader: "28 tháng 10, 2021" / "28 October 2021", "tháng 10, 2021", "2021". */
export function formatIsoDate(iso: string, language: Language): string {
  const date = fromIsoDate(iso);
  if (!date) return iso;
  const { year, month, day } = date;
  if (month === undefined) return String(year);
  if (language === 'en') {
    const name = MONTH_NAMES_EN[month - 1]!;
    return day === undefined ? `${name} ${year}` : `${day} ${name} ${year}`;
  }
  return day === undefined ? `tháng ${month}, ${year}` : `${day} tháng ${month}, ${year}`;
}

/** A date or range for a reader: "2021–2025", "28 tháng 10, 2021". */
export function formatEventDate(event: { start: string; end?: string | undefined; precision: Precision }, language: Language): string {
  const start = formatIsoDate(event.start, language);
  return event.end ? `${start}–${formatIsoDate(event.end, language)}` : start;
}
