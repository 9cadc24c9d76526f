/**
 * On every page: the site's font, the service worker
 * that keeps the site usable offline after a first visit, "Save for offline", and the notice when
 * a new build is ready. The service worker is not used from file://, where service workers do not
 * exist and the page is already on the reader's disk.
 */
import { announceFonts } from './fonts-ready.ts';
import { wireSaveForOffline } from './save-offline.ts';

const script = document.currentScript as HTMLScriptElement | null;
/** The cache of pages kept as they are opened: the service worker's route (integrations/offline.mjs) reads it. */
const PAGES_CACHE = 'bien-nien-pages';

// The web font's stylesheet once the page's deferred scripts have run (they run before
// DOMContentLoaded: the timeline is drawn without laying out text in a font on its way, 10-20 ms
// at 100 events) and its first frame is painted: text shown until then in the system font, as
// with any font still loading. Asked for before that first paint, the fonts (about 100 KB) counted
// as holding it back on a phone's slow network (Lighthouse's phone run put first paint at 2.1 s
// instead of 0.8 s whenever they had arrived before it).
const fonts = script?.dataset['fonts'];
if (fonts) {
  const addFonts = () => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = fonts;
    // Its files are asked for in the next style update; once they are in (or failed), say so.
    link.addEventListener('load', () => requestAnimationFrame(() => setTimeout(() => void document.fonts.ready.then(announceFonts), 0)), { once: true });
    link.addEventListener('error', announceFonts, { once: true });
    document.head.append(link);
  };
  document.addEventListener('DOMContentLoaded', () => requestAnimationFrame(() => setTimeout(addFonts, 0)), { once: true });
} else announceFonts();

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
  // Once the page has loaded: registering costs the first drawing time, and offline can wait.
  if (document.readyState === 'complete') void registerServiceWorker(src, root);
  else window.addEventListener('load', () => void registerServiceWorker(src, root), { once: true });
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
