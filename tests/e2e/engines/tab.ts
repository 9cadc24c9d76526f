/**
 * What the cross-engine walk needs of a browser tab, whichever protocol drives it: Playwright
 * (Chromium, over CDP), puppeteer-core (Firefox ESR, over WebDriver BiDi) or selenium-webdriver
 * (WebKit, WebKitWebDriver and MiniBrowser, over classic WebDriver). The walk is written once.
 */
export interface Tab {
  goto(url: string): Promise<void>;
  /** The value of a JavaScript expression in the page (JSON-serialisable). */
  value<T>(expression: string): Promise<T>;
  /** Waits until the expression is truthy in the page. */
  waitFor(expression: string, timeoutMs?: number): Promise<void>;
  /** A real click on the first element the selector finds, scrolled into view first. */
  click(selector: string): Promise<void>;
  /** Types into the element, as keystrokes. */
  type(selector: string, text: string): Promise<void>;
  /** One key press: 'Escape', 'p'. */
  press(key: 'Escape' | 'p'): Promise<void>;
}

export interface Engine {
  name: string;
  open(viewport: { width: number; height: number }): Promise<Tab>;
  close(): Promise<void>;
}

/** Polls `check` until it holds; the drivers' own waits differ, this one is the same everywhere. */
export async function poll(check: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
