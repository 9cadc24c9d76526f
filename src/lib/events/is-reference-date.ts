/**
 * Whether a date in a sentence is a statistic's reference date, not a happening: "dân số (tính
 * đến 1/1/2018)", "as of 1 January 2020", "GDP năm 2016", "population in 2019"; or the year a law
 * or a convention is named by ("Công ước … năm 1982", "the 1982 UN Convention"). Trade figures
 * for a year ("kim ngạch thương mại năm 2015 đạt …") are news and stay events.
 * Pure: the sentence, the date words as written and their offset in the sentence.
 */
export function isReferenceDate(sentence: string, dateText: string, offset: number): boolean {
  const before = sentence.slice(Math.max(0, offset - 60), offset);
  const words = `${before}${dateText}`;
  // "tính đến 1/1/2018", "tính tới ngày 31/12", "as of 1 January 2020", "as at end-2019"
  if (/(?:tính (?:đến|tới)|cập nhật đến|\bas (?:of|at))\s*(?:ngày\s+|hết\s+|cuối\s+)?$/iu.test(before) || /^(?:tính (?:đến|tới)|as (?:of|at))\b/iu.test(dateText)) return true;
  // the date words may carry the "đến": "(tính " + "đến 1/1/2015"
  if (/(?:tính|cập nhật)\s*$/iu.test(before) && /^(?:đến|tới)\s/iu.test(dateText)) return true;
  // a law or a convention named by its year: "Công ước LHQ về Luật Biển năm 1982", "the 1982 UN Convention"
  if (YEAR_ONLY.test(dateText) && (LAW_BEFORE.test(before) || LAW_AFTER.test(sentence.slice(offset + dateText.length, offset + dateText.length + 40)))) return true;
  // the measure named right before its year: "GDP năm 2014", "dân số năm 2019", "population in 2020"
  return STATISTIC_BEFORE.test(words.slice(0, words.length - dateText.length));
}

const YEAR_ONLY = /^(?:năm\s+)?\d{4}$/iu;
const LAW_BEFORE = /(?:Công ước|Convention|Luật|Law|Bộ luật|Code)(?:\s+[\p{L}\p{N}'’-]+){0,6}\s+$/u;
const LAW_AFTER = /^\s+(?:UN\s+|United Nations\s+)?(?:Convention|Law|Công ước)\b/u;

// A measure, then at most two words ("năm", "of", "bình quân"), then the date.
const STATISTIC_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:GDP|GNI|GNP|dân số|diện tích|lạm phát|thu nhập bình quân(?: đầu người)?|population|inflation|per capita income|area)(?:\\s+[\\p{L}]+){0,2}?\\s*(?:\\(|,)?\\s*$`,
  'iu',
);
