import { describe, expect, test } from 'vitest';
import { findDates } from '../../../src/lib/dates/find-dates.ts';
import { toIsoDate } from '../../../src/lib/dates/partial-date.ts';
import { resolveDates, type ArticleMention } from '../../../src/lib/dates/resolve-dates.ts';
import { splitSentences } from '../../../src/lib/text/split-sentences.ts';

/** An article's paragraphs through the finder and the resolution step, as extraction runs them. */
function resolve(paragraphs: string[], published?: string, language: 'vi' | 'en' = 'vi') {
  const mentions: ArticleMention[] = [];
  paragraphs.forEach((text, i) => {
    for (const sentence of splitSentences(text)) {
      for (const m of findDates(sentence.text, { language, reference: published, clues: true }).mentions) {
        mentions.push({ ...m, paragraph: i + 1, sentence: sentence.text, offset: m.index });
      }
    }
  });
  const order = { order: 'mdy' as const, from: 'default' as const };
  return resolveDates(mentions, { published, order }).map((r, i) => ({
    text: mentions[i]!.text,
    date: 'placed' in r ? `${toIsoDate(r.placed.start)}${r.placed.end ? `/${toIsoDate(r.placed.end)}` : ''}` : undefined,
    from: 'placed' in r ? r.placed.inference?.from : undefined,
    reason: 'unplaced' in r ? r.unplaced : undefined,
  }));
}

describe('the news policy places each date, and says why', () => {
  test.each([
    // paragraphs, published, the date words, date, inference
    [['Chiều 28/10, Thủ tướng dự hội nghị.'], '2021-10-29', 'Chiều 28/10', '2021-10-28', 'published'],
    [['Ngày 31/12, hai bên ký kết.'], '2022-01-01', 'Ngày 31/12', '2021-12-31', 'published'],
    // a month-precision publication date still anchors years
    [['Ngày 20/8, hai bên họp.'], '2019-08', 'Ngày 20/8', '2019-08-20', 'published'],
    // a year framing the paragraph governs its year-less dates, even in a later article
    [['Ngay từ đầu năm 2019, hai nước đã xúc tiến đàm phán. Ngày 20/5, hai bên ký thỏa thuận.'], '2020-08-01', 'Ngày 20/5', '2019-05-20', 'context-year'],
    [['Hai nước ký thỏa thuận năm 2019 và ngày 20/5 khai trương văn phòng.'], '2020-08-01', 'ngày 20/5', '2019-05-20', 'context-year'],
    // ... but a background year inside another sentence does not
    [['Nga là đối tác chiến lược của Việt Nam từ năm 2001. Chiều 28/10, hai bên hội đàm.'], '2021-10-29', 'Chiều 28/10', '2021-10-28', 'published'],
    // ... nor a year from another paragraph, nor one after publication (a plan)
    [['Ngay từ đầu năm 2019, hai nước đã xúc tiến đàm phán.', 'Ngày 20/5, hai bên ký thỏa thuận.'], '2020-08-01', 'Ngày 20/5', '2020-05-20', 'published'],
    [['Năm 2030, kim ngạch đạt 10 tỷ USD. Ngày 20/5, hai bên ký thỏa thuận.'], '2020-08-01', 'Ngày 20/5', '2020-05-20', 'published'],
    // the sentence says it is to come: the next such date
    [['Hai bên sẽ ký hiệp định vào ngày 20/5.'], '2020-08-01', 'ngày 20/5', '2021-05-20', 'published'],
    [['Ngày 20/5 tới, hai bên gặp lại.'], '2020-04-01', 'Ngày 20/5', '2020-05-20', 'published'],
    [['The summit will be held on June 3.'], '2020-08-01', 'June 3', '2021-06-03', 'published'],
    // the weekday written decides the year: Friday 9 June was 2023, not 2021
    [['Phiên họp hôm thứ Sáu 9/6 kết thúc sớm.'], '2024-01-10', 'hôm thứ Sáu 9/6', '2023-06-09', 'published'],
    [['Phiên họp hôm thứ Sáu 9/6 kết thúc sớm.'], '2022-01-10', 'hôm thứ Sáu 9/6', '2023-06-09', 'weekday'],
    // relative phrases and weekdays alone count from the publication day
    [['Hôm qua, đoàn đến Hà Nội.'], '2021-11-10', 'Hôm qua', '2021-11-09', 'relative'],
    [['Phiên họp hôm thứ Sáu kết thúc sớm.'], '2021-11-10', 'hôm thứ Sáu', '2021-11-05', 'relative'],
    [['Lavrov and his counterparts agreed on Friday to expand cooperation.'], '2023-07-07', 'Friday', '2023-07-07', 'relative'],
    [['The ministers will meet on Friday.'], '2023-07-05', 'Friday', '2023-07-07', 'relative'],
    // "since" a date, "took office in" one: past, though the sentence looks ahead
    [['The talks will be the first since the new government took office in March.'], '2022-07-14', 'March', '2022-03', 'published'],
    // a summit "scheduled for" a day, a meeting "in preparation for" one: to come
    [['Leaders flew to Manila on Monday for the summit scheduled for Wednesday.'], '2022-03-07', 'Wednesday', '2022-03-09', 'relative'],
    [['The envoys agreed to work together in preparation for a summit in Seoul in November.'], '2022-03-07', 'November', '2022-11', 'published'],
    [['The ministry said talks are slated for October.'], '2022-03-07', 'October', '2022-10', 'published'],
    // ... but a report made in the past tense dates the report, whatever it announces
    [['The ministers will convene on April 20, the foreign ministry announced on Tuesday.'], '2022-03-10', 'Tuesday', '2022-03-08', 'relative'],
    [['The leaders met online, the ministry said in a statement Friday.'], '2022-03-14', 'Friday', '2022-03-11', 'relative'],
    [['The minister said he will travel to Jakarta on Friday.'], '2022-03-14', 'Friday', '2022-03-18', 'relative'],
    // "cùng ngày": the date mentioned before
    [['Chiều 28/10/2021, hai bên hội đàm. Cùng ngày, Bộ Ngoại giao ra thông cáo.'], undefined, 'Cùng ngày', '2021-10-28', 'previous-date'],
    [['Ngày 5/3/2022, đoàn đến Moskva.', 'Một ngày trước đó, hai bên đã trao đổi.'], undefined, 'Một ngày trước đó', '2022-03-04', 'previous-date'],
    // years counted from the date before: "a year earlier", "the following year", "hai năm sau đó"
    [['In 2019 the two sides finished the first reading of the draft, which had been agreed at a meeting in Manila a year earlier.'], '2020-11-12', 'a year earlier', '2018', 'previous-date'],
    [['The treaty was signed on 12 May 2015.', 'It came into force the following year.'], undefined, 'the following year', '2016', 'previous-date'],
    [['Hai nước ký hiệp định năm 2010. Hai năm sau đó, hiệp định có hiệu lực.'], undefined, 'Hai năm sau đó', '2012', 'previous-date'],
    // a month of a year counted from publication: one date, not two
    [['The plan was launched in September last year.'], '2024-03-04', 'in September last year', '2023-09', 'relative'],
    // a range writes its year once
    [['Hội chợ kéo dài từ 28/12 đến 3/1/2021.'], undefined, 'từ 28/12 đến 3/1/2021', '2020-12-28/2021-01-03', undefined],
    [['Hội chợ kéo dài từ 28/12 đến 3/1.'], '2021-01-10', 'từ 28/12 đến 3/1', '2020-12-28/2021-01-03', 'published'],
    [['The talks ran from August 10 to November 12, 2013.'], '2014-01-01', 'August 10 to November 12, 2013', '2013-08-10/2013-11-12', undefined],
    // without a publication date: the year the article writes most often
    [['Các Bộ trưởng ủng hộ tinh thần ASEAN năm 2020.', 'Bộ trưởng ngày 17-6 đã dự hội nghị.'], undefined, 'ngày 17-6', '2020-06-17', 'article-years'],
    // the edition's year of a named event is evidence too ("(EEF) 2021"), though no event itself
    [['Ngày 2/9, phiên đối thoại diễn ra trong khuôn khổ Diễn đàn Kinh tế phương Đông (EEF) 2021.'], undefined, 'Ngày 2/9', '2021-09-02', 'article-years'],
    // a span of days with its year is a clue too, whatever it looks forward to
    [['Ngoại trưởng sẽ thăm Lào từ ngày 3 – 6/8/2015. Dự kiến hai bên hội đàm vào ngày 4/8.'], undefined, 'ngày 4/8', '2015-08-04', 'article-years'],
    // an anniversary span is dated by its end, never its first year
    [['Hai nước kỷ niệm 40 năm quan hệ (1977-2017).', 'Ngày 8/8, hai bên tổ chức lễ kỷ niệm.'], undefined, 'Ngày 8/8', '2017-08-08', 'article-years'],
    // a year a sentence looks forward to is no clue to the article's present
    [['Kế hoạch hành động giai đoạn 2021-2025 được thông qua.', 'Các nước nhất trí năm 2022 là Năm Hợp tác, cam kết sẽ phối hợp.', 'Chiều 28/10, hai bên họp.'], undefined, 'Chiều 28/10', '2021-10-28', 'article-years'],
    // numerals that read either way are read the article's way, and marked
    [['The deal was signed on 03/04/2021.'], undefined, '03/04/2021', '2021-03-04', 'date-order'],
  ] as const)('%j published %s: "%s" → %s (%s)', (paragraphs, published, words, date, from) => {
    const language = /[ăâđêôơư]/iu.test(paragraphs.join(' ')) ? 'vi' : 'en';
    const got = resolve([...paragraphs], published, language).find((r) => r.text === words);
    expect(got).toMatchObject({ date, from });
  });
});

describe('what cannot be placed is left unplaced, with the reason, never guessed', () => {
  test.each([
    [['Hôm qua, đoàn đến Hà Nội.'], undefined, 'Hôm qua', 'no `published` date'],
    [['Hôm nay, hai bên ký kết.'], '2022-08', 'Hôm nay', 'gives only the month'],
    [['Cùng ngày, Bộ Ngoại giao ra thông cáo.'], undefined, 'Cùng ngày', 'none comes before'],
    [['Chiều 28/10, hai bên họp.'], undefined, 'Chiều 28/10', 'no year in the text'],
    // the article writes two years equally often: nothing decides
    [['Năm 2019 hai nước ký hiệp định.', 'Năm 2021 hai nước gia hạn.', 'Ngày 5/3, đoàn đến Moskva.'], undefined, 'Ngày 5/3', '2019, 2021 equally often'],
  ] as const)('%j published %s: "%s"', (paragraphs, published, words, reason) => {
    const language = /[ăâđêôơư]/iu.test(paragraphs.join(' ')) ? 'vi' : 'en';
    const got = resolve([...paragraphs], published, language).find((r) => r.text === words);
    expect(got?.date).toBeUndefined();
    expect(got?.reason).toContain(reason);
  });
});

test('a figure compared with "the previous year" or "a year earlier" is no year counted from the figure\'s', () => {
  for (const text of ['Trade reached 261 billion USD in 2017, up 11.9 percent from the previous year.', 'Exports rose to 9 billion USD in 2019, higher than a year earlier.']) {
    expect(resolve([text], undefined, 'en').filter((r) => r.from === 'previous-date')).toEqual([]);
  }
});
