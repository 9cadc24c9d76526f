import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { articlesLoader, eventsLoader, themesLoader } from './loaders/corpus.ts';
import { articleRecordSchema } from './lib/schemas/article.ts';
import { eventSchema } from './lib/schemas/event.ts';
import { themeSchema } from './lib/schemas/theme.ts';

export const collections = {
  articles: defineCollection({ loader: articlesLoader(), schema: articleRecordSchema }),
  events: defineCollection({ loader: eventsLoader(), schema: eventSchema }),
  themes: defineCollection({ loader: themesLoader(), schema: themeSchema.extend({ order: z.number().int() }) }),
};
