import { describe, expect, test } from 'vitest';
import { findDates } from '../../../src/lib/dates/find-dates.ts';

describe('findDates reads every written form', () => {
  test.each([
    // text, date words as written, start, end, precision
    ['Chiều 28/10, Thủ tướng dự hội nghị.', 'Chiều 28/10', { day: 28, month: 10 }, undefined, 'day'],
    ['Bộ trưởng ngày 17-6 đã cùng Ngoại trưởng dự họp.', 'ngày 17-6', { day: 17, month: 6 }, undefined, 'day'],
    ['Ngày 6/8, Bộ Ngoại giao ra thông cáo.', 'Ngày 6/8', { day: 6, month: 8 }, undefined, 'day'],
    ['Sáng 23/1, Ban Chấp hành họp.', 'Sáng 23/1', { day: 23, month: 1 }, undefined, 'day'],
    ['Sáng thứ Hai 23/1, hội nghị khai mạc.', 'Sáng thứ Hai 23/1', { day: 23, month: 1 }, undefined, 'day'],
    ['Hội nghị diễn ra ngày 28/10/2021 tại Hà Nội.', 'ngày 28/10/2021', { day: 28, month: 10, year: 2021 }, undefined, 'day'],
    ['Khai mạc 17.6.2020 ở Moskva.', '17.6.2020', { day: 17, month: 6, year: 2020 }, undefined, 'day'],
    ['Ký ngày 12 tháng 6 năm 2020 tại Moskva.', 'ngày 12 tháng 6 năm 2020', { day: 12, month: 6, year: 2020 }, undefined, 'day'],
    ['Kế hoạch đề ra từ tháng 10/2021.', 'tháng 10/2021', { month: 10, year: 2021 }, undefined, 'month'],
    ['Trong tháng 10 năm 2021 hai bên gặp.', 'tháng 10 năm 2021', { month: 10, year: 2021 }, undefined, 'month'],
    ['Các nước nhất trí năm 2022 là Năm Hợp tác.', 'năm 2022', { year: 2022 }, undefined, 'year'],
    ['thông qua Kế hoạch giai đoạn 2021-2025.', 'giai đoạn 2021-2025', { year: 2021 }, { year: 2025 }, 'year'],
    ['từ năm 2021 đến năm 2025 hai bên sẽ hợp tác', 'từ năm 2021 đến năm 2025', { year: 2021 }, { year: 2025 }, 'year'],
    ['The Plan of Action 2021–2025 was adopted.', '2021–2025', { year: 2021 }, { year: 2025 }, 'year'],
    ['The meeting was held on June 17, 2020 online.', 'June 17, 2020', { month: 6, day: 17, year: 2020 }, undefined, 'day'],
    ['It opened on 17 June 2020 in Hanoi.', '17 June 2020', { day: 17, month: 6, year: 2020 }, undefined, 'day'],
    ['Ministers met on June 17 by video.', 'June 17', { month: 6, day: 17 }, undefined, 'day'],
    ['MOSCOW, Jul. 7th. /TASS/.', 'Jul. 7th', { month: 7, day: 7 }, undefined, 'day'],
    ['The fund was set up in April 2020.', 'April 2020', { month: 4, year: 2020 }, undefined, 'month'],
    ['A second drill is planned in 2024.', 'in 2024', { year: 2024 }, undefined, 'year'],
    ['Published 2020-06-17 by the ministry.', '2020-06-17', { year: 2020, month: 6, day: 17 }, undefined, 'day'],
    ['Hà Nội, vào 8/1 đã diễn ra hội nghị', 'vào 8/1', { day: 8, month: 1 }, undefined, 'day'],
    // issue 17: the forms Vietnamese outlets write
    ['Bộ trưởng ngày 6-7 đã tới Moskva.', 'ngày 6-7', { day: 6, month: 7 }, undefined, 'day'],
    ['Sáng 12.9, hai bên hội đàm.', 'Sáng 12.9', { day: 12, month: 9 }, undefined, 'day'],
    ['Ngày 21.6, phái đoàn lên đường.', 'Ngày 21.6', { day: 21, month: 6 }, undefined, 'day'],
    ['Hiệp định ký hồi tháng 4.2019 tại Hà Nội.', 'tháng 4.2019', { month: 4, year: 2019 }, undefined, 'month'],
    ['Đợt tập trận diễn ra tháng 7-2019.', 'tháng 7-2019', { month: 7, year: 2019 }, undefined, 'month'],
    ['Hội nghị diễn ra ngày 3-7/11/2019 tại Hà Nội.', 'ngày 3-7/11/2019', { day: 3, month: 11, year: 2019 }, { day: 7, month: 11, year: 2019 }, 'day'],
    ['Triển lãm mở cửa ngày 9-12.5 tại Moskva.', 'ngày 9-12.5', { day: 9, month: 5 }, { day: 12, month: 5 }, 'day'],
    ['Diễn đàn diễn ra ngày 4 -5/ 6 ở Vladivostok.', 'ngày 4 -5/ 6', { day: 4, month: 6 }, { day: 5, month: 6 }, 'day'],
    ['Hội chợ kéo dài từ 20/10 đến 25/10/2021.', 'từ 20/10 đến 25/10/2021', { day: 20, month: 10 }, { day: 25, month: 10, year: 2021 }, 'day'],
    ['Dự án hoàn thành cuối năm 2017.', 'cuối năm 2017', { year: 2017 }, undefined, 'year'],
    ['Kim ngạch tăng mạnh trong năm 2017.', 'năm 2017', { year: 2017 }, undefined, 'year'],
    ['Đoàn sẽ sang thăm vào đầu tháng 3.', 'đầu tháng 3', { month: 3 }, undefined, 'month'],
    ['Giữa tháng 1 hai bên trao đổi.', 'Giữa tháng 1', { month: 1 }, undefined, 'month'],
    ['Cuộc họp dời sang cuối tháng 8.', 'cuối tháng 8', { month: 8 }, undefined, 'month'],
    ['Hạ tuần tháng 10, hai bên ký kết.', 'Hạ tuần tháng 10', { month: 10 }, undefined, 'month'],
    ['Thỏa thuận được ký vào tháng Mười.', 'tháng Mười', { month: 10 }, undefined, 'month'],
    ['Ông sang thăm Nga hồi tháng Năm.', 'tháng Năm', { month: 5 }, undefined, 'month'],
    ['Hội nghị khai mạc tháng Mười một.', 'tháng Mười một', { month: 11 }, undefined, 'month'],
    ['Lễ hội diễn ra tháng Giêng.', 'tháng Giêng', { month: 1 }, undefined, 'month'],
    ['Phiên họp hôm thứ Sáu 9/6 kết thúc sớm.', 'hôm thứ Sáu 9/6', { day: 9, month: 6 }, undefined, 'day'],
    // chrono's English month names, read in any text (pasted Vietnamese pages carry English bylines)
    ['By Minh Thu | June 18, 2020 | 10:12 am', 'June 18, 2020', { month: 6, day: 18, year: 2020 }, undefined, 'day'],
    ['7 JUL 2023, 13:05', '7 JUL 2023', { day: 7, month: 7, year: 2023 }, undefined, 'day'],
  ])('%s', (text, dateText, start, end, precision) => {
    const { mentions, problems } = findDates(text);
    expect(problems).toEqual([]);
    expect(mentions).toHaveLength(1);
    expect(mentions[0]).toMatchObject({ text: dateText, start, precision });
    expect(mentions[0]!.end).toEqual(end);
    expect(text.slice(mentions[0]!.index, mentions[0]!.index + dateText.length)).toBe(dateText);
  });
});

describe('findDates leaves alone what is not a date', () => {
  test.each([
    ['a citation year', 'phù hợp với Quy định Y tế Quốc tế (2005).'],
    ['a fraction', 'Khoảng 1/3 dân số đã tiêm vắc-xin.'],
    ['a duration', 'kỷ niệm 30 năm thiết lập quan hệ'],
    ['a count', 'Nga cấp 1.000 suất học bổng mỗi năm.'],
    ['a score', 'Đội tuyển thắng 2-1 trong trận đấu'],
    ['a bare number', 'khoảng 2000 người tham dự'],
    ['a phone number', 'Đường dây nóng 0912.34.56.78 hoạt động cả ngày.'],
    ['a clock time', 'Phiên họp bắt đầu lúc 9.15am.'],
    ['decimals after "từ"', 'Tăng trưởng từ 1.5 lên 2.5 điểm phần trăm.'],
    ['a count after "từ"', 'Mỗi đoàn từ 2-3 người.'],
    ['a number of months', 'Dự án kéo dài 3 tháng 10 ngày.'],
    ['a monthly amount', 'Mỗi tháng 10 triệu đồng được chi.'],
    ['an ordinal, not Monday', 'Đây là lần thứ hai hai bên gặp nhau.'],
    ['"tháng năm" in lower case: months and years', 'Bao tháng năm qua hai nước vẫn bền chặt.'],
    ['a span of years, not a year ago', 'Trong 30 năm qua quan hệ phát triển.'],
    ['a product name', 'Sun Group khai trương khu nghỉ dưỡng.'],
  ])('%s', (_, text) => {
    expect(findDates(text)).toEqual({ mentions: [], problems: [] });
  });
});

describe('findDates reports impossible dates instead of reading them', () => {
  test.each([
    ['ngày 31/2 hai bên gặp', 'day 31 does not exist in month 2'],
    ['ngày 29/2/2021 hai bên gặp', 'day 29 does not exist in month 2 2021'],
    ['ngày 32/13 hai bên gặp', 'month 13 does not exist'],
    ['vào năm 0000 nào đó', 'year 0 is outside 1–9999'],
    ['giai đoạn 2025-2021', 'the range ends (2021) before it starts (2025)'],
  ])('%s', (text, reason) => {
    const { mentions, problems } = findDates(text);
    expect(mentions).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.reason).toContain(reason);
  });

  test('29/2 of a leap year is real', () => {
    expect(findDates('ngày 29/2/2020').mentions[0]?.start).toEqual({ day: 29, month: 2, year: 2020 });
  });
});

test('several dates in one sentence come out in reading order', () => {
  const { mentions } = findDates('Ngày 1 tháng 12 năm 2021 khai mạc; kế hoạch đề ra từ tháng 10/2021 và năm 2024.');
  expect(mentions.map((m) => m.text)).toEqual(['Ngày 1 tháng 12 năm 2021', 'tháng 10/2021', 'năm 2024']);
});

describe('dates counted from the reference day (the publication day)', () => {
  const reference = '2021-11-10'; // a Wednesday
  test.each([
    // text, language, words, resolved start, end
    ['Hôm nay, hai bên ký kết.', 'vi', 'Hôm nay', { year: 2021, month: 11, day: 10 }, undefined],
    ['Hôm qua, đoàn đến Hà Nội.', 'vi', 'Hôm qua', { year: 2021, month: 11, day: 9 }, undefined],
    ['Tuần trước, hai bên trao đổi.', 'vi', 'Tuần trước', { year: 2021, month: 11, day: 3 }, undefined],
    ['Tuần này, Bộ trưởng sang thăm.', 'vi', 'Tuần này', { year: 2021, month: 11, day: 10 }, undefined],
    ['Tháng trước, kim ngạch tăng.', 'vi', 'Tháng trước', { year: 2021, month: 10 }, undefined],
    ['Năm ngoái, hai nước ký hiệp định.', 'vi', 'Năm ngoái', { year: 2020 }, undefined],
    ['Hội nghị diễn ra tháng 3 năm nay.', 'vi', 'tháng 3 năm nay', { year: 2021, month: 3 }, undefined],
    ['Ba ngày trước, đoàn lên đường.', 'vi', 'Ba ngày trước', { year: 2021, month: 11, day: 7 }, undefined],
    ['Thứ Sáu tới, hai bên gặp lại.', 'vi', 'Thứ Sáu tới', { year: 2021, month: 11, day: 12 }, undefined],
    ['Thứ Hai tuần trước, đoàn đến.', 'vi', 'Thứ Hai tuần trước', { year: 2021, month: 11, day: 1 }, undefined],
    ['The ministers met yesterday.', 'en', 'yesterday', { year: 2021, month: 11, day: 9 }, undefined],
    ['The ministers meet today.', 'en', 'today', { year: 2021, month: 11, day: 10 }, undefined],
    ['Trade grew last week.', 'en', 'last week', { year: 2021, month: 11, day: 3 }, undefined],
    ['Trade grew this month.', 'en', 'this month', { year: 2021, month: 11 }, undefined],
    ['They met 3 days ago.', 'en', '3 days ago', { year: 2021, month: 11, day: 7 }, undefined],
    ['They met last Friday.', 'en', 'last Friday', { year: 2021, month: 11, day: 5 }, undefined],
  ] as const)('%s', (text, language, words, start, end) => {
    const { mentions } = findDates(text, { language, reference });
    expect(mentions).toHaveLength(1);
    expect(mentions[0]).toMatchObject({ text: words, start: {}, anchor: { to: 'reference', start } });
    expect(mentions[0]!.anchor).toEqual(end ? { to: 'reference', start, end } : expect.not.objectContaining({ end: expect.anything() }));
  });

  test('without a reference day, a relative phrase is found but not worked out', () => {
    expect(findDates('Hôm qua, đoàn đến Hà Nội.').mentions).toEqual([expect.objectContaining({ text: 'Hôm qua', anchor: { to: 'reference' } })]);
  });
});

describe('dates the resolution step works out from something else', () => {
  test.each([
    // text, language, words, anchor, weekday
    ['Phiên họp hôm thứ Sáu kết thúc sớm.', 'vi', 'hôm thứ Sáu', { to: 'weekday' }, 5],
    ['Lavrov and his counterparts agreed on Friday to expand cooperation.', 'en', 'Friday', { to: 'weekday' }, 5],
    ['Cùng ngày, Bộ Ngoại giao ra thông cáo.', 'vi', 'Cùng ngày', { to: 'previous', days: 0 }, undefined],
    ['Một ngày trước đó, đoàn đã đến.', 'vi', 'Một ngày trước đó', { to: 'previous', days: -1 }, undefined],
    ['Ngày hôm sau, hai bên ký kết.', 'vi', 'Ngày hôm sau', { to: 'previous', days: 1 }, undefined],
    ['The treaty was signed the following day.', 'en', 'the following day', { to: 'previous', days: 1 }, undefined],
  ] as const)('%s', (text, language, words, anchor, weekday) => {
    const { mentions } = findDates(text, { language, reference: '2021-11-10' });
    expect(mentions).toEqual([expect.objectContaining({ text: words, anchor })]);
    expect(mentions[0]!.weekday).toBe(weekday);
  });
});

test.each([
  ['Diễn đàn Kinh tế phương Đông (EEF) 2021 khai mạc.', 'EEF) 2021'],
  ['Tuần lễ cấp cao APEC 2017 diễn ra tại Đà Nẵng.', 'APEC 2017'],
])('an edition\'s year is a clue, not an event: %s', (text, words) => {
  expect(findDates(text, { clues: true }).mentions).toEqual([expect.objectContaining({ text: words, start: { year: Number(words.slice(-4)) }, clue: true })]);
  expect(findDates(text).mentions).toEqual([]);
});

describe('English through chrono', () => {
  test.each([
    // text, date order, words, start, end, order marked
    ['The summit took place on June 3−4 in Jakarta.', 'mdy', 'June 3−4', { month: 6, day: 3 }, { month: 6, day: 4 }, undefined],
    ['The summit took place on June 3–4, 2021.', 'mdy', 'June 3–4, 2021', { month: 6, day: 3, year: 2021 }, { month: 6, day: 4, year: 2021 }, undefined],
    ['Ministers met on Friday (Mar 10) in Bali.', 'mdy', 'Friday (Mar 10)', { month: 3, day: 10 }, undefined, undefined],
    ['The deal was signed on 03/04/2021.', 'mdy', '03/04/2021', { month: 3, day: 4, year: 2021 }, undefined, 'mdy'],
    ['The deal was signed on 03/04/2021.', 'dmy', '03/04/2021', { day: 3, month: 4, year: 2021 }, undefined, 'dmy'],
    ['The deal was signed on 25/05/2015.', 'mdy', '25/05/2015', { day: 25, month: 5, year: 2015 }, undefined, undefined],
    // day first changes numerals only: "June 17" stays 17 June
    ['The conference on COVID-19 on June 17 was online.', 'dmy', 'June 17', { month: 6, day: 17 }, undefined, undefined],
    ['Trade grew by 30% in 2022.', 'mdy', 'in 2022', { year: 2022 }, undefined, undefined],
    // the comma after a month or a weekday is no part of the date's words
    ['Talks are slated for October, the ministry said.', 'mdy', 'October', { month: 10 }, undefined, undefined],
    ['The envoy will attend on Tuesday, officials said.', 'mdy', 'Tuesday', {}, undefined, undefined],
    ['The Plan of Action 2021–2025 was adopted.', 'mdy', '2021–2025', { year: 2021 }, { year: 2025 }, undefined],
  ] as const)('%s (%s)', (text, dateOrder, words, start, end, order) => {
    const { mentions } = findDates(text, { language: 'en', dateOrder });
    expect(mentions).toHaveLength(1);
    expect(mentions[0]).toMatchObject({ text: words, start });
    expect(mentions[0]!.end).toEqual(end);
    expect(mentions[0]!.order).toBe(order);
  });

  test.each([
    ['a fraction', 'About 1/3 of people were vaccinated.'],
    ['round the clock', 'The hotline works 24/7.'],
    ['"now"', 'ASEAN now has ten members.'],
    ['two years side by side (chrono\'s own negative case)', 'Compare 2019 to 2020.'],
    ['a clock time alone', 'The session opens at 9:30.'],
  ])('%s: no date', (_, text) => {
    expect(findDates(text, { language: 'en' }).mentions).toEqual([]);
  });
});

describe('what the sentence says of the time of a date', () => {
  test.each([
    ['Ngày 20/5 tới, hai bên sẽ họp.', 'coming'],
    ['Hai bên sẽ ký hiệp định vào ngày 20/5.', 'coming'],
    ['The summit will open on June 3.', 'coming'],
    ['Ngày 12/5 vừa qua, hai bên đã họp.', 'past'],
    // a coming word after the date reports what was said that day
    ['Ngày 20/5, ông cho biết hai bên sẽ hợp tác.', undefined],
    ['Chiều 28/10, Thủ tướng dự hội nghị.', undefined],
  ])('%s → %s', (text, tense) => {
    expect(findDates(text).mentions[0]?.tense ?? findDates(text, { language: 'en' }).mentions[0]?.tense).toBe(tense);
  });
});
