/**
 * Loads a classic script once (a data file or a lazily used bundle). Unlike fetch() or import(),
 * this also works from file://, and a Content-Security-Policy of script-src 'self' allows it.
 */
const loading = new Map<string, Promise<void>>();

export function loadScript(src: string): Promise<void> {
  let promise = loading.get(src);
  if (!promise) {
    promise = new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = src;
      script.async = true;
      script.onload = () => resolve();
      script.onerror = () => reject(new Error(`could not load ${src}`));
      document.head.append(script);
    });
    loading.set(src, promise);
  }
  return promise;
}
