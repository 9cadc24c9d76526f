import { describe, expect, test } from 'vitest';
import { eventTitle, findEventName, headlineTells, MAX_TITLE_CHARS, titleFromSentence } from '../../../src/lib/events/name-phrase.ts';
import { isReferenceDate } from '../../../src/lib/events/is-reference-date.ts';

// Sentences written for these tests in the styles Vietnamese and English outlets use.
describe('a title a student can read', () => {
  test.each([
    // the named happening
    ['Chiều 5/3, Thủ tướng dự Hội nghị Cấp cao ASEAN-Nhật Bản lần thứ 26 tại Jakarta.', 'Chiều 5/3', 'Hội nghị Cấp cao ASEAN-Nhật Bản lần thứ 26'],
    // a two-word name takes its ordinal, its place or its date
    ['This year marks a decade since the first ASEAN–Japan Summit in Tokyo (5 May 2014), a milestone.', '5 May 2014', 'First ASEAN–Japan Summit'],
    ['We reviewed the plan adopted at the Japan-ASEAN Summit in 2019.', 'in 2019', 'Japan-ASEAN Summit in 2019'],
    // a status is not a happening: the sentence's clause
    ['Japan set up ties with the bloc in 1973 and became a full Dialogue Partner in 1977.', 'in 1977', 'Japan set up ties with the bloc in 1973 and became a full Dialogue Partner'],
    // opening connectives and date words go
    ['Trước đó, ngày 2/3, hai bên đã ký bản ghi nhớ về hợp tác nghề cá.', 'ngày 2/3', 'Hai bên đã ký bản ghi nhớ về hợp tác nghề cá'],
    ['Ban đầu, Chính phủ Nhật hợp tác với khối qua một diễn đàn khu vực (năm 1977).', 'năm 1977', 'Chính phủ Nhật hợp tác với khối qua một diễn đàn khu vực'],
    ['Meanwhile, on March 3, the two navies held a search-and-rescue drill off Bali.', 'March 3', 'The two navies held a search-and-rescue drill off Bali'],
    // who reported goes, what they reported stays
    ['Hãng thông tấn Kyodo hôm nay (8/3) đưa tin, Bộ trưởng Quốc phòng Nhật đã đến Manila trong chuyến thăm ba ngày.', 'hôm nay (8/3)', 'Bộ trưởng Quốc phòng Nhật đã đến Manila trong chuyến thăm ba ngày'],
    ['In a post, the envoy said the first batch of rice left Hanoi on May 2 and will reach Manila soon.', 'May 2', 'The first batch of rice left Hanoi and will reach Manila soon'],
    // a wire dateline goes with the date
    ['TOKYO, March 9 — Japan and the bloc agreed to hold talks.', 'March 9', 'Japan and the bloc agreed to hold talks'],
    ['OSAKA, March 9. /KYODO/. Japan and the bloc agreed to hold talks.', 'March 9', 'Japan and the bloc agreed to hold talks'],
    // the date as subject stays
    ['Năm 2023 là năm kỷ niệm 50 năm quan hệ hai bên.', 'Năm 2023', 'Năm 2023 là năm kỷ niệm 50 năm quan hệ hai bên'],
    // a bracket the page left open, or left empty, is gone
    ['(Ngày 1/4/2015: ba nước thành lập một liên minh thuế quan mới thay cho khối cũ)', 'Ngày 1/4/2015', 'Ba nước thành lập một liên minh thuế quan mới thay cho khối cũ'],
    ['Khi đó, ngày 2/1, hội đồng (H chưa họp', 'ngày 2/1', 'Hội đồng H chưa họp'],
    // never under three words
    ['Trước năm 2016', 'Trước năm 2016', 'Trước năm 2016'],
    // the words that led into the date go with it
    ['Ngay từ đầu năm 2019, với tư cách Chủ tịch, Thái Lan chọn chủ đề cho năm.', 'đầu năm 2019', 'Với tư cách Chủ tịch, Thái Lan chọn chủ đề cho năm'],
    ['The partnership has grown over the past 40 years and now covers trade.', 'past 40 years', 'The partnership has grown and now covers trade'],
    // a day is not part of a name; a period can be
    ['Thủ tướng dự Hội nghị các Nhà lãnh đạo ASEAN ngày 24/4 tại Jakarta.', 'ngày 24/4', 'Hội nghị các Nhà lãnh đạo ASEAN'],
    ['Hai bên thông qua Kế hoạch hành động giai đoạn 2021-2025.', 'giai đoạn 2021-2025', 'Kế hoạch hành động giai đoạn 2021-2025'],
    // an English name goes on in capitals only
    ['The goal was set in the Tokyo Declaration and the measures in the Comprehensive Plan of Action to Promote Cooperation in 2024−2028.', 'in 2024−2028', 'Comprehensive Plan of Action'],
    ['Ministers met for the Special ASEAN-Japan Foreign Ministers’ Meeting via videoconference on Tuesday.', 'on Tuesday', 'Special ASEAN-Japan Foreign Ministers’ Meeting'],
    ['Leaders joined the Conference on Maritime Security on May 3.', 'May 3', 'Conference on Maritime Security'],
    // "và sau đó" starts the clause that holds the date
    ['Ban đầu, Nhật hợp tác với khối qua một diễn đàn (năm 1977) và sau đó Nhật trở thành Đối tác đối thoại toàn diện vào năm 1978.', 'năm 1978', 'Nhật trở thành Đối tác đối thoại toàn diện'],
    // no space left inside a bracket the date was in
    ['- Có 8 vòng đàm phán (vòng cuối tại Hà Nội ngày 8-14/12/2014), nhiều vòng không chính thức', 'ngày 8-14/12/2014', 'Có 8 vòng đàm phán (vòng cuối tại Hà Nội), nhiều vòng không chính thức'],
    // a commemorative summit is named by what it marks
    ['Hai bên hoan nghênh tiến triển kể từ Hội nghị Cấp cao kỷ niệm 40 năm quan hệ ASEAN – Nhật Bản tại Tokyo năm 2013.', 'năm 2013', 'Hội nghị Cấp cao kỷ niệm 40 năm quan hệ ASEAN – Nhật Bản'],
    // the clause that holds the date, after "nhất là khi"
    ['Đây là dịp quan trọng để hai bên nhìn lại, nhất là khi hai bên đã nâng cấp quan hệ lên Đối tác chiến lược vào tháng 9-2023.', 'tháng 9-2023', 'Hai bên đã nâng cấp quan hệ lên Đối tác chiến lược'],
    // a quotation, then who said it and where: the title is where
    ['"Chúng tôi chia sẻ một tầm nhìn chung về khu vực", Ngoại trưởng Nhật cho biết tại cuộc họp các bộ trưởng ngoại giao ở Jakarta ngày 5/9.', 'ngày 5/9', 'Ngoại trưởng Nhật cho biết tại cuộc họp các bộ trưởng ngoại giao ở Jakarta'],
    // a speaker's setting goes
    ['Ngày 26/1, phát biểu trước các nghị sĩ Quốc hội, Ngoại trưởng khẳng định hợp tác với khối là ưu tiên.', 'Ngày 26/1', 'Ngoại trưởng khẳng định hợp tác với khối là ưu tiên'],
    // the comma the date words took along stays
    ['The two sides held their third summit online in October, a meeting timed to mark 30 years of ties.', 'October,', 'The two sides held their third summit online, a meeting timed to mark 30 years of ties'],
    // cut at a clause, not inside an apposition
    ['The Japanese Foreign Minister, Yoko Tanaka, attended the ASEAN-Japan meeting held in Jakarta on Thursday (July 13) and spoke to the press.', 'Thursday (July 13)', 'The Japanese Foreign Minister, Yoko Tanaka, attended the ASEAN-Japan meeting held in…'],
    // a title cut inside a bracket ends before it
    ['This month marks 30 years since the two navies first sailed together off Sabah (16 December 1997), a milestone.', 'This month', 'This month marks 30 years since the two navies first sailed together off Sabah…'],
  ])('%s', (sentence, dateText, title) => {
    expect(eventTitle(sentence, dateText)).toBe(title);
  });

  test('long titles are cut at a clause or a word, with at most 90 characters', () => {
    const title = titleFromSentence('Ngày 4/5, đại diện các bộ, ngành của hai nước đã thảo luận nhiều biện pháp cụ thể nhằm thúc đẩy thương mại song phương, đầu tư, du lịch và giao lưu nhân dân trong những năm tới.', 'Ngày 4/5');
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE_CHARS);
    expect(title).toBe('Đại diện các bộ, ngành của hai nước đã thảo luận nhiều biện pháp cụ thể nhằm thúc đẩy…');
  });

  test.each([
    ['📌 Ngày 4/5, hai bên ký kết thỏa thuận mới.', 'Ngày 4/5'],
    ['🇯🇵 On May 4 the two sides signed a new deal.', 'On May 4'],
  ])('no emoji: %s', (sentence, dateText) => {
    expect(titleFromSentence(sentence, dateText)).not.toMatch(/\p{Extended_Pictographic}|\p{Regional_Indicator}/u);
  });

  test('a sentence that does not name its happening takes the name another sentence with the same date gives', () => {
    const sameDate = [{ sentence: 'Thông tin này nằm trong Hội nghị đặc biệt Bộ trưởng Ngoại giao ASEAN – Nhật Bản ngày 6/9.', dateText: 'ngày 6/9' }];
    expect(eventTitle('Nhật Bản ngày 6/9 cho biết sẽ tiếp tục hỗ trợ đào tạo.', 'ngày 6/9', { sameDate })).toBe('Hội nghị đặc biệt Bộ trưởng Ngoại giao ASEAN – Nhật Bản');
  });

  test('a name already given to another event of the article is not given again', () => {
    const sentence = 'Ngày 6/3, Hội nghị Cấp cao ASEAN-Nhật Bản lần thứ 26 bế mạc.';
    expect(eventTitle(sentence, 'Ngày 6/3', { taken: ['Hội nghị Cấp cao ASEAN-Nhật Bản lần thứ 26'] })).toBe('Hội nghị Cấp cao ASEAN-Nhật Bản lần thứ 26 bế mạc');
  });

  test.each([
    ['Japan, ASEAN agree to step up maritime cooperation', 'Japan and its ASEAN partners agreed on Friday to expand maritime cooperation.', true],
    ['Japan, ASEAN agree to step up maritime cooperation', 'Chiều 4/3, hai bên hội đàm tại Hà Nội.', false],
    ['📌 Japan, ASEAN agree to step up maritime cooperation', 'Japan and its ASEAN partners agreed on Friday to expand maritime cooperation.', false],
  ])('the headline titles the main event only when it tells its sentence: %s', (headline, sentence, tells) => {
    expect(headlineTells(headline, sentence)).toBe(tells);
  });

  test('a name of one word is no name', () => {
    expect(findEventName('The Summit opened.', 'today')).toBeUndefined();
  });
});

describe('a statistic’s reference date is not a happening', () => {
  test.each([
    ['- Dân số (tính đến 1/1/2018): 100 triệu người', '1/1/2018', true],
    ['- GDP năm 2016 đạt khoảng 200 tỷ USD', 'năm 2016', true],
    ['Population in 2019 was 650 million.', 'in 2019', true],
    ['As of 1 January 2020, ten states had ratified the treaty.', '1 January 2020', true],
    ['- Dân số (tính đến 1/1/2018): 100 triệu người', 'đến 1/1/2018', true],
    ['Các bên cần tuân thủ Công ước LHQ về Luật Biển năm 1982.', 'năm 1982', true],
    ['Both sides upheld the 1982 UN Convention on the Law of the Sea.', '1982', true],
    // a treaty joined in a year is a happening
    ['Nga tham gia Hiệp ước Thân thiện và Hợp tác từ năm 2004.', 'năm 2004', false],
    // trade for a year is news
    ['Kim ngạch thương mại song phương đạt 13 tỷ USD trong năm 2015.', 'trong năm 2015', false],
    ['The summit in 2019 was held in Bangkok.', 'in 2019', false],
    ['Ngày 5/8, hai bên ký hiệp định.', 'Ngày 5/8', false],
  ])('%s', (sentence, dateText, reference) => {
    expect(isReferenceDate(sentence, dateText, sentence.indexOf(dateText))).toBe(reference);
  });
});
