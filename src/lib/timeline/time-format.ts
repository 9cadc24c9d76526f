import type { Language } from '../dates/format-date.ts';

const MONTHS_SHORT: Record<Language, readonly string[]> = {
  vi: ['Th1', 'Th2', 'Th3', 'Th4', 'Th5', 'Th6', 'Th7', 'Th8', 'Th9', 'Th10', 'Th11', 'Th12'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/**
 * Axis tick labels that follow the zoom, from decades down to days: a tick on 1 January shows
 * the year, on the 1st of a month the month, otherwise the day ("28 Th10" / "28 Oct"). UTC throughout.
 */
export function axisTickFormat(language: Language): (date: Date) => string {
  return (date) => {
    const month = date.getUTCMonth();
    const day = date.getUTCDate();
    if (month === 0 && day === 1) return String(date.getUTCFullYear());
    if (day === 1) return MONTHS_SHORT[language][month]!;
    return `${day} ${MONTHS_SHORT[language][month]}`;
  };
}
