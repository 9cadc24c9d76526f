import { findDates } from '../dates/find-dates.ts';
import { splitSentences } from '../text/split-sentences.ts';
import { CAPTION_CREDIT } from './noise-rules.ts';

/**
 * A photo caption that dates a happening is the article's record of it: the words to keep in the
 * text, without the credit ("(Nguồn: TTXVN)", "– Ảnh: BNG"), or undefined for a caption that dates
 * nothing or is headed by a bare date, as agencies head archive photos ("Ngày 6 tháng Chín năm
 * 2018. Lãnh đạo hai nước …").
 */
export function datedCaptionWords(caption: string): string | undefined {
  const words = caption.replace(CAPTION_CREDIT, '').replace(/^\[\d{1,2}\/\d{1,2}\]\s+/u, '').trim();
  return words !== caption && datesAHappening(words) ? words : undefined;
}

/** The days and months a text dates ("12-3"), to tell a caption that only repeats the story's date. */
export function daysDated(text: string): string[] {
  return findDates(text).mentions.filter((m) => m.start.day !== undefined).map((m) => `${m.start.month}-${m.start.day}`);
}

/** Whether a caption's words date something (its first sentence not a bare date, as agencies head archive photos). */
function datesAHappening(text: string): boolean {
  const mentions = findDates(text).mentions;
  if (mentions.length === 0) return false;
  const firstSentence = splitSentences(text)[0]?.text ?? '';
  const words = mentions.reduce((rest, m) => rest.replace(m.text, ' '), firstSentence).replace(DATE_WORDS, ' ');
  return /[\p{L}]/u.test(words);
}

// What a date written out in words is made of ("Ngày 6 tháng Chín năm 2018", "6 September 2018").
const DATE_WORDS = /(?<![\p{L}])(?:ngày|tháng|năm|hôm|sáng|chiều|tối|trưa|một|hai|ba|tư|bốn|sáu|bảy|tám|chín|mười|giêng|chạp|january|february|march|april|may|june|july|august|september|october|november|december|on|of|the)(?![\p{L}])|\d+/giu;

