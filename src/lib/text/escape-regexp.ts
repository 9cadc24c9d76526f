/** Text made safe to embed in a RegExp source: every metacharacter escaped. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
