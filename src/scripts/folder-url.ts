/**
 * A link to a site folder ("../articles/x/#p-2"). Opened from disk (file://) a folder shows as a
 * file listing, so there the link names the folder's index.html, as the portable copy's pages do.
 */
export function folderUrl(url: string): string {
  if (location.protocol !== 'file:') return url;
  return url.replace(/\/([?#].*)?$/, (_, rest = '') => `/index.html${rest}`);
}
