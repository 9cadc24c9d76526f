import { expect, test } from 'vitest';
import { describeInference } from '../../../src/lib/dates/describe-inference.ts';
import { inferenceSchema, type YearInferenceData } from '../../../src/lib/schemas/event.ts';

test.each([
  [{ from: 'published', year: 2021, published: '2021-10-29' }, 'year from published 2021-10-29'],
  [{ from: 'published', year: 2021, published: '2020-08-01', upcoming: true }, 'the text says it is to come'],
  [{ from: 'article-years', year: 2021, evidence: 'giai đoạn 2021-2025' }, `the article's years ("giai đoạn 2021-2025")`],
  [{ from: 'context-year', year: 2019, evidence: 'đầu năm 2019' }, '"đầu năm 2019" written before it in the paragraph'],
  [{ from: 'weekday', year: 2023, evidence: 'hôm thứ Sáu 9/6', published: '2022-01-10' }, 'falls on the weekday it names'],
  [{ from: 'relative', phrase: 'hôm qua', published: '2021-11-10' }, 'counted from the publication day 2021-11-10 ("hôm qua")'],
  [{ from: 'previous-date', phrase: 'cùng ngày', evidence: 'Chiều 28/10/2021' }, 'counted from the date before it, "Chiều 28/10/2021"'],
  [{ from: 'date-order', order: 'dmy', basis: 'outlet' }, "read day first (the outlet's habit"],
  [{ from: 'published', year: 2021, published: '2021-06-01', order: 'mdy' }, 'numerals read month first'],
] as const)('the build report says why: %o', (inference, words) => {
  // Every kind the report describes is one the data schema accepts.
  expect(inferenceSchema.parse(inference)).toEqual(inference);
  expect(describeInference(inference as YearInferenceData)).toContain(words);
});
