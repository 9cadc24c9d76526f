/**
 * Whether a date in a sentence is a statistic's reference date, not a happening: "dân số (tính
 * đến 1/1/2018)", "as of 1 January 2020", "GDP năm 2016", "population in 2019". Trade figures
 * for a year ("kim ngạch thương mại năm 2015 đạt …") are news and stay events.
 * Pure: the sentence, the date words as written and their offset in the sentence.
 */
export function isReferenceDate(sentence: string, dateText: string, offset: number): boolean {
  const before = sentence.slice(Math.max(0, offset - 60), offset);
  const words = `${before}${dateText}`;
  // "tính đến 1/1/2018", "tính tới ngày 31/12", "as of 1 January 2020", "as at end-2019"
  if (/(?:tính (?:đến|tới)|cập nhật đến|\bas (?:of|at))\s*(?:ngày\s+|hết\s+|cuối\s+)?$/iu.test(before) || /^(?:tính (?:đến|tới)|as (?:of|at))\b/iu.test(dateText)) return true;
  // the measure named right before its year: "GDP năm 2014", "dân số năm 2019", "population in 2020"
  return STATISTIC_BEFORE.test(words.slice(0, words.length - dateText.length));
}

// A measure, then at most two words ("năm", "of", "bình quân"), then the date.
const STATISTIC_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:GDP|GNI|GNP|dân số|diện tích|lạm phát|thu nhập bình quân(?: đầu người)?|population|inflation|per capita income|area)(?:\\s+[\\p{L}]+){0,2}?\\s*(?:\\(|,)?\\s*$`,
  'iu',
);
