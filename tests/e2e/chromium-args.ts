/** Flags for headless Debian Chromium, shared by the browser tests, the benchmark and Lighthouse. */

// Playwright's own list (playwright-core 1.65), repeated here because Chromium honours only the
// last --disable-features on its command line and Playwright puts its list before ours: without
// it, ours would switch Playwright's back on (startup requests to search and time servers, paint
// holding, HTTPS upgrades). tests/e2e/chromium-args.test.ts fails when Playwright's list changes.
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync', 'DestroyProfileOnBrowserClose', 'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable', 'LensOverlay', 'MediaRouter', 'PaintHolding',
  'ThirdPartyStoragePartitioning', 'AvoidCorsURLLoaderRestartOnRedirect', 'TcpPortRandomizationWin',
  'OptimizationHints', 'NetworkTimeServiceQuerying', 'AimEnabled', 'PreconnectToSearch',
  'msForceBrowserSignIn', 'msEdgeUpdateLaunchServicesPreferredVersion',
];

// Chromium preloads its own address-bar pages in every new window (two renderers, about 0.7 s
// of CPU on these 2-core machines), competing with the page under test; headless needs none.
const ADDRESS_BAR_PAGES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup', 'PreloadTopChromeWebUI'];

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...ADDRESS_BAR_PAGES].join(',')}`,
];

const DISABLE_FEATURES = '--disable-features=';

/** `flags` with every --disable-features list joined into one, last: Chromium honours only the last. */
export function withDisabledFeaturesMerged(flags: readonly string[]): string[] {
  const features = flags.filter((flag) => flag.startsWith(DISABLE_FEATURES)).flatMap((flag) => flag.slice(DISABLE_FEATURES.length).split(','));
  return [...flags.filter((flag) => !flag.startsWith(DISABLE_FEATURES)), `${DISABLE_FEATURES}${[...new Set(features)].join(',')}`];
}
