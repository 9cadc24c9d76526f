import { describe, expect, test } from 'vitest';
import { datelineDate, findStampDate, metadataDate, readStampLine, urlDate } from '../../../src/lib/importer/publication-date.ts';

describe('a stamp line gives the publication date, and its byline', () => {
  test.each([
    ['NGUYỄN AN 09:15 | 22/03/2022', { published: '2022-03-22', author: 'NGUYỄN AN' }],
    ['07:40, ngày 15-09-2022', { published: '2022-09-15' }],
    ['Theo TTXVN 16:05 02/11/2022', { published: '2022-11-02', source: 'TTXVN' }],
    ['Lê Bình, Theo VOV 08:02 11/04/2020', { published: '2020-04-11', author: 'Lê Bình', source: 'VOV' }],
    ['14 May 201809:30', { published: '2018-05-14' }],
    // an American clock puts the month first; a Vietnamese page of an English site writes its month word first
    ['09/03/2022 10:15 AM EST', { published: '2022-09-03' }],
    ['Tháng Tám 12, 2022', { published: '2022-08-12' }],
    ['Tháng mười 10, 2024', { published: '2024-10-10' }],
    ['(Some News, 2 April 2024)', { published: '2024-04-02', source: 'Some News' }],
    ['Thứ Tư, 09/02/2022 14:20 (GMT+7)', { published: '2022-02-09' }],
    ['ClockThứ Sáu, 03/06/2016 07:12', { published: '2016-06-03' }],
    ['Kinh tế 30/09/2019 16:41', { published: '2019-09-30' }],
    ['Tuesday 8 March 2022, 10:45AM', { published: '2022-03-08' }],
    ['By Jane Roe in Hanoi March 3, 2024', { published: '2024-03-03', author: 'Jane Roe' }],
    ['By Minh Thu | June 18, 2020 | 10:12 am', { published: '2020-06-18', author: 'Minh Thu' }],
    ['Hải Yến, RFI, 05/12/2023', { published: '2023-12-05', author: 'Hải Yến' }],
    ['05/12/2023', { published: '2023-12-05' }],
    ['cập nhật lúc 12 tháng 6 năm 2020 10:00', { published: '2020-06-12' }],
    ['Thu, 7 Jul 2023 13:05', { published: '2023-07-07' }],
    ['Published: March 3, 2024 at 10:30 a.m.', { published: '2024-03-03' }],
    ['2024-03-15T09:00:00+07:00', { published: '2024-03-15' }],
    ['Posted on 12 June 2023 by Admin', { published: '2023-06-12', author: 'Admin' }],
    ['March 3, 2024 / 10:30 AM / Updated 2 days ago', { published: '2024-03-03' }],
    ['Bài và ảnh: Lê Minh - 12/3/2024', { published: '2024-03-12', author: 'Lê Minh' }],
    ['Ngày đăng: 12/03/2024', { published: '2024-03-12' }],
  ])('%s', (line, expected) => {
    expect(readStampLine(line, { bare: true })).toEqual(expected);
  });

  test.each([
    // sentences that carry a full date are the article's text, not stamps
    'Ngày 15/12/2014: Hai bên đã ký Tuyên bố chung kết thúc đàm phán',
    'JAKARTA, 26 January 2021 – ASEAN and Russia met',
    'The summit opened on 12 March 2021 in Hanoi.',
    'Năm 2020, Việt Nam là chủ tịch ASEAN.',
    '31/02/2021 10:00',
  ])('not a stamp: %s', (line) => {
    expect(readStampLine(line, { bare: true })).toBeUndefined();
  });

  test('a bare date is a stamp only where the caller allows it', () => {
    expect(readStampLine('05/12/2023')).toBeUndefined();
  });
});

test.each([
  ['23 July 201610:00', '2016-07-23'],
  ['7 JUL 2023, 13:05', '2023-07-07'],
  ['2021/07/06', '2021-07-06'],
  ['16.03.2021', '2021-03-16'],
  ['no date here 2021', undefined],
])('findStampDate(%j)', (line, iso) => {
  expect(findStampDate(line)?.iso).toBe(iso);
});

test.each([
  ['HÀ NỘI, 12 March 2021 – The two sides agreed', '2021-03-12'],
  ['JAKARTA, 26 January 2021 – ASEAN and Russia reaffirmed', '2021-01-26'],
  ['HÀ NỘI, 12/3/2021 - Hai bên nhất trí', '2021-03-12'],
  // no year: the dateline gives no publication date
  ['KUALA LUMPUR, July 10 — Ministers arrived', undefined],
  ['Hà Nội, nơi diễn ra hội nghị – ngày 12/3/2021 – đón khách', undefined],
  // ... unless the lead names the edition it reports: its year
  ['SEOUL, November 25 (Yonhap) — The 2019 ASEAN-Korea Commemorative Summit opens in Busan today.', '2019-11-25'],
  ['BANGKOK, 2 November (Bernama) — Leaders gather for ASEAN 2019 talks on trade.', '2019-11-02'],
  // a year the lead looks back to, or a plan's period, is no edition
  ['MANILA, May 3 (Reuters) — The bloc has met every year since 2017.', undefined],
  ['JAKARTA, June 8 (Antara) — The Plan of Action 2021-2025 was adopted.', undefined],
])('datelineDate(%j)', (line, iso) => {
  expect(datelineDate(line)).toBe(iso);
});

test.each([
  [' date 2023-05', { published: '2023-05', rest: '' }],
  [' date 2019-08 Trưa 3.8, hội nghị bế mạc.', { published: '2019-08', rest: 'Trưa 3.8, hội nghị bế mạc.' }],
  ['date: 2021-07-06', { published: '2021-07-06', rest: '' }],
  ['date 2021-13', undefined],
  ['Dates of the meeting', undefined],
])('metadataDate(%j)', (line, expected) => {
  expect(metadataDate(line)).toEqual(expected);
});

test.each([
  ['https://example.vn/20190523/some-story-123.html', '2019-05-23'],
  ['https://example.com/2022/03/story/', '2022-03'],
  ['https://example.com/world/2025/12/13/1931872.html', '2025-12-13'],
  ['https://example.vn/story-title-20220314.html', '2022-03-14'],
  ['https://example.vn/story-title-2021-07-06.html', '2021-07-06'],
  ['https://example.com/story-title-20210706i5871524/', '2021-07-06'],
  ['https://example.vn/story-20171019080758764.htm', '2017-10-19'],
  ['https://example.vn/channel/5089/202104/story-2543350/', '2021-04'],
  // ids and a year alone are not dates
  ['https://example.vn/-/2018/823612/story.aspx', undefined],
  ['https://example.vn/story-1110652.html', undefined],
  ['https://example.vn/news/399617.vnp', undefined],
  ['https://example.vn/story-20211399.html', undefined],
  ['not a url', undefined],
])('urlDate(%s)', (url, iso) => {
  expect(urlDate(url)).toBe(iso);
});
