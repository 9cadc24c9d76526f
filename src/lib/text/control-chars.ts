// C0 controls but tab and the line breaks, DEL, C1 controls, and the noncharacters U+FFFE/U+FFFF:
// nothing a reader can see, and NUL or ESC in a page, a CSV cell or an iCalendar line breaks it.
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;
// Vertical tab and form feed (Word's line and page breaks), the Unicode line and paragraph separators.
const BREAK = /[\u000B\u000C\u2028\u2029]/g;

/** The text without control characters (breaks become "\n"), and how many were removed. */
export function stripControls(text: string): { text: string; removed: number } {
  let removed = 0;
  const cleaned = text.replace(CONTROL, () => {
    removed++;
    return '';
  });
  return { text: cleaned.replace(BREAK, '\n'), removed };
}

/** Every string inside a value (as YAML or JSON gives it) without control characters. */
export function stripControlsDeep<T>(value: T): { value: T; removed: number } {
  let removed = 0;
  const visit = (v: unknown): unknown => {
    if (typeof v === 'string') {
      const result = stripControls(v);
      removed += result.removed;
      return result.text;
    }
    if (Array.isArray(v)) return v.map(visit);
    if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, visit(x)]));
    }
    return v;
  };
  return { value: visit(value) as T, removed };
}
