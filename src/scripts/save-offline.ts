/**
 * "Save for offline": downloads every file the service worker did not precache (the list the
 * build wrote, offline/files.json) into the cache its route reads, with the size shown first
 * (offline/size.json, read when the button comes into view), the progress while it downloads
 * and a word when it is done. The portable zip stays the full copy for a classroom without a network.
 */
interface SaveList {
  cache: string;
  bytes: number;
  /** [address relative to the site's root, bytes] */
  files: [string, number][];
}

/** At most this many downloads at once: enough to fill the line, few enough to keep the page responsive. */
const PARALLEL = 4;

export function wireSaveForOffline(block: HTMLElement, root: URL): void {
  const strings = JSON.parse(block.dataset['strings'] ?? '{}') as Record<string, string>;
  const say = (key: string, values: Record<string, string | number> = {}) =>
    (strings[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
  const language = document.documentElement.lang || 'vi';
  const megabytes = (bytes: number) => `${new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`;
  const button = block.querySelector<HTMLButtonElement>('[data-save-offline-start]')!;
  const size = block.querySelector<HTMLElement>('[data-save-offline-size]')!;
  const progress = block.querySelector<HTMLProgressElement>('[data-save-offline-progress]')!;
  const status = block.querySelector<HTMLElement>('[data-save-offline-status]')!;
  block.hidden = false;

  // The size before anything is saved: a few bytes, asked for once the button is in view.
  const showSize = () =>
    fetch(new URL(block.dataset['size']!, location.href))
      .then((r) => r.json() as Promise<{ bytes: number }>)
      .then(({ bytes }) => (size.textContent = `(${say('saveSize', { size: megabytes(bytes) })})`))
      .catch(() => undefined);
  new IntersectionObserver((entries, observer) => {
    if (!entries.some((e) => e.isIntersecting)) return;
    observer.disconnect();
    void showSize();
  }).observe(block);

  button.addEventListener('click', async () => {
    button.disabled = true;
    status.textContent = '';
    try {
      const list = (await (await fetch(new URL(block.dataset['list']!, location.href), { cache: 'no-cache' })).json()) as SaveList;
      const cache = await caches.open(list.cache);
      let done = 0;
      let failed = 0;
      progress.hidden = false;
      const show = () => {
        progress.value = list.bytes ? done / list.bytes : 1;
        status.textContent = say('saving', { done: megabytes(done), total: megabytes(list.bytes), percent: Math.floor(progress.value * 100) });
      };
      show();
      const queue = [...list.files];
      const worker = async () => {
        for (let next = queue.shift(); next; next = queue.shift()) {
          const [path, bytes] = next;
          const url = new URL(path, root).href;
          try {
            const response = await fetch(url, { cache: 'no-cache' });
            if (!response.ok) throw new Error(`${response.status}`);
            await cache.put(url, response);
          } catch {
            failed++;
          }
          done += bytes;
          show();
        }
      };
      await Promise.all(Array.from({ length: PARALLEL }, worker));
      status.textContent = failed ? say('saveFailed', { n: failed }) : say('saved');
    } catch {
      status.textContent = say('needNetwork');
    } finally {
      button.disabled = false;
    }
  });
}
