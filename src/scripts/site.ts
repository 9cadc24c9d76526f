/**
 * On every page: the site's font, the service worker that keeps the site usable offline after a
 * first visit, and the notice when a new build is ready. The service worker is not used from
 * file://, where service workers do not exist and the page is already on the reader's disk.
 */
const script = document.currentScript as HTMLScriptElement | null;

// The web font's stylesheet once the page's deferred scripts have run (they run before
// DOMContentLoaded): text shown until then in the system font, as with any font still loading,
// and the timeline drawn without laying out text in a font on its way (10-20 ms at 100 events).
const fonts = script?.dataset['fonts'];
if (fonts) {
  document.addEventListener('DOMContentLoaded', () => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = fonts;
    document.head.append(link);
  }, { once: true });
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
  // Once the page has loaded: registering costs the first drawing time, and offline can wait.
  if (document.readyState === 'complete') void registerServiceWorker(src);
  else window.addEventListener('load', () => void registerServiceWorker(src), { once: true });
}

async function registerServiceWorker(src: string): Promise<void> {
  const registration = await navigator.serviceWorker.register(src).catch(() => undefined);
  if (!registration) return;
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
