/** Flags for headless Debian Chromium, shared by the browser tests and the benchmark. */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
  // Chromium preloads its own address-bar pages in every new window (two renderers, about 0.7 s
  // of CPU on these 2-core machines), competing with the page under test; headless needs none.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup,PreloadTopChromeWebUI',
];
