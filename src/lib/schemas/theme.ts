import { z } from 'zod';

/** One theme of the taxonomy in content/themes.yaml. */
export const themeSchema = z
  .object({
    /** Stable identifier used in URLs, overrides and exports: lower case, digits and "-". */
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'use lower-case letters, digits and "-", starting with a letter'),
    /** What readers see, in each interface language. */
    label: z.object({ vi: z.string().min(1), en: z.string().min(1) }).strict(),
    /** Lane and mark colour, as #rrggbb. */
    colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'write the colour as #rrggbb'),
    /** The second cue beside colour, so colour is never the only signal. */
    shape: z.enum(['circle', 'square', 'diamond', 'triangle', 'star', 'cross', 'wye']),
    /** Words that put a sentence in this theme, in either language; matched ignoring case and diacritics. */
    keywords: z.array(z.string().min(2)).default([]),
    /** The theme an event gets when no keyword matches; exactly one theme should set it. */
    fallback: z.boolean().default(false),
  })
  .strict();

export const themesFileSchema = z.object({ themes: z.array(themeSchema).min(1) }).strict();

export type Theme = z.output<typeof themeSchema>;
