import { fromIsoDate, impossibility } from '../dates/partial-date.ts';

/** The flags of `npm run import`, checked before any file is read. */
export interface ImportFlags {
  published?: string | undefined;
  url?: string | undefined;
  map?: readonly string[] | undefined;
}

/**
 * The import's flags as options, or every reason they cannot be used: a publication date that is
 * no calendar date ("2021-02-30"), an address that is not http(s), a `--map` naming no theme of
 * themes.yaml. Checked at import time, so nothing is written that the build would then refuse.
 */
export function checkImportFlags(flags: ImportFlags, themeIds: readonly string[]): { mapping: Record<string, string> } | { errors: string[] } {
  const errors: string[] = [];
  const { published, url } = flags;
  if (published !== undefined) {
    if (!/^\d{4}-\d{2}(-\d{2})?$/.test(published)) errors.push(`--published: "${published}" is not a date; write it as YYYY-MM-DD (or YYYY-MM)`);
    else if (!fromIsoDate(published)) {
      const [year, month, day] = published.split('-').map(Number);
      errors.push(`--published: "${published}" is not a real calendar date (${impossibility({ year, month, day })}); write the day the article was published, as YYYY-MM-DD (or YYYY-MM)`);
    }
  }
  if (url !== undefined && !isWebAddress(url)) errors.push(`--url: "${url}" is not an http:// or https:// address; give the article's address as the browser shows it`);
  const mapping: Record<string, string> = {};
  for (const pair of flags.map ?? []) {
    const at = pair.indexOf('=');
    const group = pair.slice(0, at).trim();
    const theme = pair.slice(at + 1).trim();
    if (at < 0 || !group || !theme) errors.push(`--map: "${pair}" is not Group=theme; write it as --map "Summits=diplomacy"`);
    else if (!themeIds.includes(theme)) errors.push(`--map: "${pair}": no theme "${theme}" in themes.yaml; use one of: ${themeIds.join(', ')}`);
    else mapping[group] = theme;
  }
  return errors.length ? { errors } : { mapping };
}

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}
