/**
 * On every page: the site's font, the service worker that keeps the site usable offline after a
 * first visit, and the notice when a new build is ready. The service worker is not used from
 * file://, where service workers do not exist and the page is already on the reader's disk.
 */
import { wireSaveForOffline } from './save-offline.ts';

const script = document.currentScript as HTMLScriptElement | null;
/** The cache of pages kept as they are opened: the service worker's route (integrations/offline.mjs) reads it. */
const PAGES_CACHE = 'bien-nien-pages';

/**
 * The page's own scripts (the timeline's data and bundle on the home page), requested once the
 * page's first frame is painted. Listed in the head, even deferred, they downloaded beside the page
 * and its stylesheet (about 250 KB at 100 events), and on a phone's slow network the first text on
 * screen waited for them. Added here they still run in their order, after the first paint.
 */
interface AfterPaint {
  src: string;
  /** data-* attributes for the script element, e.g. { texts: '' } for script[data-texts]. */
  data?: Record<string, string>;
}
const afterPaint = JSON.parse(script?.dataset['afterPaint'] ?? '[]') as AfterPaint[];
const loaded = afterPaint.length ? new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(() => loadInOrder(afterPaint, resolve), 0))) : undefined;

function loadInOrder(scripts: AfterPaint[], done: () => void): void {
  let left = scripts.length;
  for (const { src, data = {} } of scripts) {
    const element = document.createElement('script');
    element.src = src;
    element.async = false; // in order, as deferred scripts run
    Object.assign(element.dataset, data);
    const settle = () => --left === 0 && done();
    element.addEventListener('load', settle, { once: true });
    element.addEventListener('error', settle, { once: true });
    document.head.append(element);
  }
}

// The web font's stylesheet once the page's scripts have run (the timeline drawn): text shown
// until then in the system font, as with any font still loading, and the timeline drawn without
// laying out text in a font on its way (10-20 ms at 100 events).
const fonts = script?.dataset['fonts'];
if (fonts) {
  const addFonts = () => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = fonts;
    document.head.append(link);
  };
  if (loaded) void loaded.then(addFonts);
  else document.addEventListener('DOMContentLoaded', addFonts, { once: true });
}

// The embed snippet names the embed page by its full address once we know where we are.
document.querySelectorAll<HTMLTextAreaElement>('[data-embed-code]').forEach((code) => {
  if (location.protocol === 'file:' || /src="https?:/.test(code.value)) return;
  const url = new URL(code.dataset['embedPath'] ?? 'embed/', location.href).href;
  code.value = code.value.replace(/src="[^"]*"/, `src="${url}"`);
});

if (location.protocol === 'file:') {
  document.querySelectorAll<HTMLElement>('[data-offline-download]').forEach((link) => (link.hidden = true));
} else if ('serviceWorker' in navigator && script?.dataset['sw']) {
  const src = script.dataset['sw'];
  const root = new URL('./', new URL(src, location.href));
  // Once the page has loaded and its own scripts have run: the worker's downloads would
  // otherwise share the network and the processor with the first drawing, and offline can wait.
  const pageLoaded = document.readyState === 'complete' ? Promise.resolve() : new Promise((resolve) => window.addEventListener('load', resolve, { once: true }));
  void Promise.all([pageLoaded, loaded]).then(() => registerServiceWorker(src, root));
  document.querySelectorAll<HTMLElement>('[data-save-offline]').forEach((block) => wireSaveForOffline(block, root));
  // The offline page names the page that was asked for: a way back to it once online.
  const asked = new URLSearchParams(location.search).get('page');
  const retry = document.querySelector<HTMLAnchorElement>('[data-offline-retry]');
  if (retry && asked && /^[^/\\:?#][^:]*$/.test(asked)) {
    retry.href = new URL(asked, root).href;
    retry.hidden = false;
  }
}

async function registerServiceWorker(src: string, root: URL): Promise<void> {
  const registration = await navigator.serviceWorker.register(src).catch(() => undefined);
  if (!registration) return;
  // A first visit's page is not the worker's to keep (it did not go through it): kept here, so
  // the page a reader came in by opens offline too. Pages with a query keep one copy, as the worker does.
  if (!navigator.serviceWorker.controller && location.href.startsWith(root.href)) {
    void navigator.serviceWorker.ready.then(() => caches.open(PAGES_CACHE)).then((cache) => cache.add(location.origin + location.pathname)).catch(() => undefined);
  }
  // A new build installs beside the old one and waits; the reader chooses when to switch.
  // Checked in every state, so an update that finished before this script ran is not missed.
  const offer = (worker: ServiceWorker) => {
    if (!navigator.serviceWorker.controller) return; // a first install is not news
    const banner = document.querySelector<HTMLElement>('[data-update-banner]');
    if (!banner) return;
    banner.hidden = false;
    banner.querySelector('[data-update-reload]')?.addEventListener('click', () => worker.postMessage({ type: 'SKIP_WAITING' }), { once: true });
  };
  const watch = (worker: ServiceWorker | null) =>
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed') offer(worker);
    });
  if (registration.waiting) offer(registration.waiting);
  watch(registration.installing);
  registration.addEventListener('updatefound', () => watch(registration.installing));
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading) return;
    reloading = true;
    location.reload();
  });
}
