/**
 * On every page: the service worker that keeps the site usable offline after a first visit,
 * and the notice when a new build has taken over. Nothing of this runs from file://, where
 * service workers do not exist and the page is already on the reader's disk.
 */
const script = document.currentScript as HTMLScriptElement | null;
const onDisk = location.protocol === 'file:';

if (onDisk) {
  document.querySelectorAll<HTMLElement>('[data-offline-download]').forEach((link) => (link.hidden = true));
} else if ('serviceWorker' in navigator && script?.dataset['sw']) {
  const hadController = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // A first install is not news; a new build replacing the old one is.
    if (!hadController) return;
    const banner = document.querySelector<HTMLElement>('[data-update-banner]');
    if (!banner) return;
    banner.hidden = false;
    banner.querySelector('[data-update-reload]')?.addEventListener('click', () => location.reload(), { once: true });
  });
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(script.dataset['sw']!).catch(() => undefined);
  });
}
