import type { YearInferenceData } from '../schemas/event.ts';

const ORDER_WORDS = { dmy: 'day first', mdy: 'month first' } as const;
const BASIS_WORDS = { frontmatter: "the article's dateOrder", outlet: "the outlet's habit", language: 'the language', default: 'default' } as const;

/** Why a date's unwritten parts are what they are, in a line for the build report (English, for editors). */
export function describeInference(inference: YearInferenceData): string {
  const order = 'order' in inference && inference.order && inference.from !== 'date-order' ? `; numerals read ${ORDER_WORDS[inference.order]}` : '';
  switch (inference.from) {
    case 'published':
      return `year from published ${inference.published}${inference.upcoming ? ' (the next such date: the text says it is to come)' : ''}${order}`;
    case 'article-years':
      return `year from the article's years ("${inference.evidence}")${order}`;
    case 'context-year':
      return `year from "${inference.evidence}" written before it in the paragraph${order}`;
    case 'weekday':
      return `year in which "${inference.evidence}" falls on the weekday it names${order}`;
    case 'relative':
      return `counted from the publication day ${inference.published} ("${inference.phrase}")`;
    case 'previous-date':
      return `counted from the date before it, "${inference.evidence}" ("${inference.phrase}")`;
    case 'date-order':
      return `numerals that read either way, read ${ORDER_WORDS[inference.order]} (${BASIS_WORDS[inference.basis]}; set dateOrder to change)`;
  }
}
