/**
 * The site's web font comes after the first paint (js/site.js). Text laid out when it arrives is
 * laid out again: 100 list items cost a phone a long task (about 200 ms). Parts that can wait,
 * such as the list below the first screen, wait for it, and are then laid out once.
 */
const EVENT = 'bn:fonts';

declare global {
  interface Window {
    /** Set once the web font is in use or will not come: a global, not an attribute, which would restyle the page. */
    BIEN_NIEN_FONTS_SETTLED?: true;
  }
}

/** Says the web font is in use, or that it will not come (js/site.js). */
export function announceFonts(): void {
  window.BIEN_NIEN_FONTS_SETTLED = true;
  document.dispatchEvent(new Event(EVENT));
}

/** Resolves once the web font is in use, or after `ms`: on a slow network it is not worth waiting for. */
export function fontsSettled(ms = 3000): Promise<void> {
  return new Promise((resolve) => {
    if (window.BIEN_NIEN_FONTS_SETTLED) return resolve();
    const done = () => {
      clearTimeout(timer);
      document.removeEventListener(EVENT, done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    document.addEventListener(EVENT, done);
  });
}
