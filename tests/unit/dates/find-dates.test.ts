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
