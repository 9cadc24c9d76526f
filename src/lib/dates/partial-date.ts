/** How fine a date is: the finest part the source gave. */
export type Precision = 'day' | 'month' | 'year';

/** A calendar date known to a precision; `year` is missing until it is written or inferred. */
export interface PartialDate {
  year?: number | undefined;
  month?: number | undefined;
  day?: number | undefined;
}

export function precisionOf(date: PartialDate): Precision {
  return date.day !== undefined ? 'day' : date.month !== undefined ? 'month' : 'year';
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month; February of an unknown year may have 29. */
export function daysInMonth(month: number, year?: number): number {
  if (month === 2) return year === undefined || isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Why a date cannot exist, or undefined when it can. */
export function impossibility(date: PartialDate): string | undefined {
  if (date.year !== undefined && (date.year < 1 || date.year > 9999)) return `year ${date.year} is outside 1–9999`;
  if (date.month !== undefined && (date.month < 1 || date.month > 12)) return `month ${date.month} does not exist`;
  if (date.day !== undefined) {
    const max = daysInMonth(date.month ?? 1, date.year);
    if (date.day < 1 || date.day > max) {
      const year = date.year === undefined ? '' : ` ${date.year}`;
      return `day ${date.day} does not exist in month ${date.month}${year} (it has ${max} days)`;
    }
  }
  return undefined;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "2021", "2021-10" or "2021-10-28": an ISO 8601 date cut to its precision. Sorts as text. */
export function toIsoDate(date: PartialDate & { year: number }): string {
  let iso = pad(date.year, 4);
  if (date.month !== undefined) iso += `-${pad(date.month)}`;
  if (date.month !== undefined && date.day !== undefined) iso += `-${pad(date.day)}`;
  return iso;
}

/** Parses what toIsoDate writes; undefined for anything else. */
export function fromIsoDate(iso: string): (PartialDate & { year: number }) | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!match) return undefined;
  const date: PartialDate & { year: number } = { year: Number(match[1]) };
  if (match[2]) date.month = Number(match[2]);
  if (match[3]) date.day = Number(match[3]);
  return impossibility(date) ? undefined : date;
}

/** The first and last day a partial date covers, as UTC milliseconds [start, end). */
export function spanOf(iso: string): [number, number] {
  const date = fromIsoDate(iso);
  if (!date) throw new Error(`not an ISO date: ${iso}`);
  const start = Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1);
  const end =
    date.day !== undefined
      ? Date.UTC(date.year, date.month! - 1, date.day + 1)
      : date.month !== undefined
        ? Date.UTC(date.year, date.month, 1)
        : Date.UTC(date.year + 1, 0, 1);
  return [start, end];
}
