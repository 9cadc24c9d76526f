import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseRawArticle } from '../../../src/lib/importer/parse-raw-article.ts';
import { NOISE_RULES } from '../../../src/lib/importer/noise-rules.ts';
import { SEED_SUMMIT, SEED_VIDEO_CONFERENCE } from '../corpus-helpers.ts';

const read = (path: string) => parseRawArticle(readFileSync(path, 'utf8'));

describe('the summit seed (Báo Quốc tế, with page noise)', () => {
  const article = read(SEED_SUMMIT);
  const body = article.paragraphs.join('\n');

  test('title, byline and outlet', () => {
    expect(article).toMatchObject({
      title: 'ASEAN-Nga: Phối hợp phân phối vaccine Covid-19 an toàn, hiệu quả và công bằng',
      author: 'Nguyễn Hồng',
      source: 'Báo Quốc tế',
      language: 'vi',
    });
  });

  test('the body starts with the lead and ends with the article’s last paragraph', () => {
    expect(article.paragraphs[0]).toMatch(/^ASEAN và Nga khẳng định hợp tác chặt chẽ/);
    expect(article.paragraphs[1]).toMatch(/^Chiều 28\/10, Thủ tướng/);
    expect(article.paragraphs.at(-1)).toMatch(/^Kết thúc Hội nghị, hai bên đã thông qua Tuyên bố ASEAN-Nga/);
    // 18 paragraphs on the page, the lead repeated under the photo kept once
    expect(article.paragraphs).toHaveLength(17);
    expect(article.dropped.filter((d) => d.why === 'repeated paragraph')).toHaveLength(1);
  });

  test.each([
    'Theo dõi Baoquocte.vn', 'Phiên bản di động', 'Đọc thêm', '(Ảnh:', 'Tử vi', 'Casemiro', 'Đại hội XIV',
    'Bộ Chính trị', 'Apostille', 'Campuchia thay thế Indonesia', 'Ngày 6/8', 'G20',
  ])('no "%s" in the body', (noise) => {
    expect(body).not.toContain(noise);
  });

  test('photo captions are kept as captions; the photo tag line is not', () => {
    expect(article.captions).toHaveLength(2);
    expect(article.captions[0]).toMatch(/\(Ảnh: Nguyễn Hồng\)$/);
    expect(article.paragraphs).not.toContain('ASEAN-Nga');
  });

  test('teasers of related articles go to `related`, the unrelated list after "Đọc thêm" goes nowhere', () => {
    expect(article.related).toEqual([
      'Campuchia thay thế Indonesia làm Điều phối viên Quan hệ đối thoại ASEAN-Nga giai đoạn 2021-2024',
      'Nga tiếp tục cung ứng, chuyển giao và mở rộng sản xuất vaccine Covid-19 cho các nước ASEAN',
    ]);
  });

  test('every line left out is accounted for', () => {
    const lines = readFileSync(SEED_SUMMIT, 'utf8').split('\n').filter((l) => l.trim());
    // the title line + body + captions + what was dropped, each with its reason
    expect(1 + article.paragraphs.length + article.captions.length + article.dropped.length).toBe(lines.length);
    expect(article.dropped.every((d) => d.why.length > 0)).toBe(true);
  });
});

describe('the video-conference seed (no title line, no noise)', () => {
  const article = read(SEED_VIDEO_CONFERENCE);
  test('the title is made from the event the first sentence names, and flagged for the editor', () => {
    expect(article.title).toBe('Hội nghị trực tuyến Đặc biệt Bộ trưởng Ngoại giao ASEAN - Nga về COVID-19');
    expect(article.notes.join()).toContain('no title line');
  });
  test('all ten paragraphs are body', () => {
    expect(article.paragraphs).toHaveLength(10);
    expect(article.dropped).toEqual([]);
  });
});

describe('other outlets', () => {
  test.each([
    ['vnexpress-style-vi', { title: 'Việt Nam - Nga ký 11 văn kiện hợp tác năng lượng, giáo dục', published: '2024-08-13', author: 'Vũ Anh', language: 'vi' }, 4, ['Chia sẻ', 'Giá vàng', 'Ảnh: Nhật Bắc']],
    ['tass-style-en', { title: 'ASEAN, Russia agree to step up maritime security cooperation', published: '2023-07-07', source: 'TASS', language: 'en' }, 4, ['Follow TASS', 'digital ruble', 'wheat']],
    ['vietnamplus-style-en', { title: 'Vietnam, Russia pledge closer vaccine cooperation', published: '2020-06-18', author: 'Minh Thu', source: 'VietnamPlus', language: 'en' }, 3, ['Photo: VNA', 'Tags:', 'Laos']],
    ['tuoitre-style-vi', { title: 'Nga và ASEAN tập trận hải quân chung lần đầu tiên', source: 'Tuổi Trẻ', language: 'vi' }, 3, ['Từ khóa', 'Bình luận', 'Theo TTXVN', 'Ảnh: Reuters']],
  ])('%s', (name, fields, paragraphs, noise) => {
    const article = read(`tests/fixtures/raw/${name}.txt`);
    expect(article).toMatchObject(fields);
    expect(article.paragraphs).toHaveLength(paragraphs);
    for (const n of noise) expect(article.paragraphs.join('\n')).not.toContain(n);
  });

  test('related headlines under "Tin liên quan" are kept as related', () => {
    expect(read('tests/fixtures/raw/vnexpress-style-vi.txt').related).toEqual([
      'Nga muốn mở rộng hợp tác dầu khí ở Biển Đông', 'Tổng thống Putin thăm Việt Nam ngày 19-20/6', 'Giá vàng hôm nay 13/8',
    ]);
  });

  test('a page of noise only gives no body', () => {
    const article = read('tests/fixtures/raw/noise-only.txt');
    expect(article.paragraphs).toEqual([]);
    expect(article.title).not.toContain('Theo dõi');
  });
});

test('noise rules are data: each has an id and an action', () => {
  for (const rule of NOISE_RULES) expect(rule).toMatchObject({ id: expect.any(String), action: expect.stringMatching(/^(drop|caption|related|cut-rest)$/) });
  expect(new Set(NOISE_RULES.map((r) => r.id)).size).toBe(NOISE_RULES.length);
});

describe('page chrome never reaches the body, and the publication date is read where the page prints it', () => {
  // Pages written for these tests in the styles outlets use; each row: page, published, body must not contain, body must contain.
  test.each([
    [
      'a stamp under the title, a kicker and an icon above it, a caption whose credit goes',
      '📞\nNgoại giao y tế:\n\nHai nước hợp tác sản xuất vắc xin\n\nTRẦN LAN 10:05 | 12/05/2021\nChiều 11/5, hai bên ký thỏa thuận sản xuất vắc xin tại Hà Nội.\nĐại diện hai bên tại lễ khởi công nhà máy ngày 2/5 tại Hà Nội (Nguồn: TTXVN)\n',
      '2021-05-12',
      ['📞', 'Ngoại giao y tế', 'TRẦN LAN', '(Nguồn: TTXVN)'],
      ['Đại diện hai bên tại lễ khởi công nhà máy ngày 2/5 tại Hà Nội'],
    ],
    [
      'a slide deck: logo, slide numbers, contacts; lines broken mid-sentence are joined',
      'SlideShow a Sample company logo\n1\nTÓM TẮT\nTel: 024-3577 1458\nFax: 024-3577 1459\nEmail: info@example.vn\n- Ngày 1/3/2013: hai bên khởi động đàm phán hiệp định thương mại tự do\ngiữa Việt Nam và Liên minh Kinh tế Á-Âu (vòng cuối tại Hà Nội\nngày 8-14/12/2014)\n2\n',
      undefined,
      ['logo', 'Tel:', 'info@example.vn'],
      ['- Ngày 1/3/2013: hai bên khởi động đàm phán hiệp định thương mại tự do giữa Việt Nam và Liên minh Kinh tế Á-Âu (vòng cuối tại Hà Nội ngày 8-14/12/2014)'],
    ],
    [
      'a press release: its dateline dates it and stays, the "About" boilerplate goes',
      'Partners agree to deepen cooperation\nMANILA, 3 March 2022 – The partners agreed today to deepen cooperation on trade.\nBoth sides reviewed the plan of action.\n- ABOUT THE BLOCThe bloc was founded on 1 January 1990 in Manila by five states.\n',
      '2022-03-03',
      ['founded on 1 January 1990'],
      ['MANILA, 3 March 2022 – The partners agreed today'],
    ],
    [
      'related headlines run together on one line, image alt text, a credit glued to the last sentence',
      'Hai nước nâng cấp quan hệ\nNgày 2/6, hai nước nâng cấp quan hệ lên đối tác chiến lược.\nTriển vọng hợp tác năng lượng Hai nước đẩy mạnh giao thương Du lịch phục hồi mạnh mẽ sau đại dịch trong năm nay tại khu vực\nHai nước nâng cấp quan hệ ảnh 1Lãnh đạo hai nước tại lễ đón. (Ảnh: Minh Đức/TTXVN)\nHai bên sẽ họp lại vào năm sau. Jane Roe/DMS\n',
      undefined,
      ['Triển vọng hợp tác', 'ảnh 1', 'Jane Roe'],
      ['Hai bên sẽ họp lại vào năm sau.'],
    ],
    [
      "an archive's metadata line running into the first paragraph; the address refines its month",
      ' date 2021-07 Năm 2021 là dịp kỷ niệm 30 năm quan hệ hai bên.\n\nHai bên họp trực tuyến mới đây.\n',
      '2021-07-06',
      ['date 2021-07'],
      ['Năm 2021 là dịp kỷ niệm 30 năm quan hệ hai bên.'],
    ],
    [
      'a caption twice and the title twice, a byline at the end with a stamp',
      'Naval drill ends\nNaval drill ends\nThe ships sail home after the drill. Photo: Navy handout\nThe ships sail home after the drill. Photo: Navy handout\nThe three-day drill ended on Saturday (Dec 4).\nBy Jane Roe\nMonday 6 December 2021, 09:11AM\n',
      '2021-12-06',
      ['By Jane Roe', '09:11AM'],
      ['The three-day drill ended on Saturday (Dec 4).'],
    ],
  ])('%s', (_, page, published, absent, present) => {
    const article = parseRawArticle(page, { url: 'https://example.com/story-20210706i123/' });
    const body = article.paragraphs.join('\n');
    for (const text of absent) expect(body).not.toContain(text);
    for (const text of present) expect(body).toContain(text);
    if (published) expect(article.published).toBe(published);
    expect(article.dropped.every((d) => d.why.length > 0)).toBe(true);
  });

  test('a related card’s date amid the text is left out and dates nothing; its headline goes to related', () => {
    const article = parseRawArticle('Hai nước hợp tác năng lượng\nChiều 4/3, hai bên ký thỏa thuận.\nHai nước ký thỏa thuận mới (12/03/2022)\nHội nghị thượng đỉnh sắp diễn ra\n12/03/2022\nHai bên sẽ họp lại vào năm sau.\n');
    expect(article.published).toBeUndefined();
    expect(article.related).toContain('Hai nước ký thỏa thuận mới (12/03/2022)');
    expect(article.paragraphs.join('\n')).not.toContain('12/03/2022');
  });

  test.each([
    // the site's clock at copying, years after the story: no publication date
    ['Thứ bảy 23/11/2024 03:25\nASEAN và Nhật nâng tầm quan hệ\nNgày 14/11, hai bên dự Hội nghị Cấp cao tại Singapore, sau Hội nghị năm 2016 và trước kỳ World Cup 2018.\n', undefined],
    // a date line above the title in the years the story writes: the story's
    ['Thứ Hai, 25/07/2016 05:51\nNgoại trưởng đến Lào thảo luận hợp tác\nNgày hôm nay, Ngoại trưởng đến Vientiane, sau cuộc họp năm 2015 và trước kế hoạch 2016-2020.\n', '2016-07-25'],
  ])('a date line above the title years after the story is the site’s clock (%#)', (page, published) => {
    expect(parseRawArticle(page).published).toBe(published);
  });

  test('an explicit publication date wins over the page’s', () => {
    const article = parseRawArticle('Tin ngắn về hợp tác\nTRẦN LAN 10:05 | 12/05/2021\nHai bên ký thỏa thuận.\n', { published: '2021-05-11' });
    expect(article).toMatchObject({ published: '2021-05-11', publishedFrom: '--published', author: 'TRẦN LAN' });
  });

  test.each([
    ['Đại diện hai bên tại lễ ký ngày 11/5 tại Hà Nội (Nguồn: TTXVN)'],
    ['[1/3] Ships sail during the drill off Bali, May 11, 2021. REUTERS/Jane Roe'],
  ])('a caption that gives only the lead’s own day stays a caption: %s', (caption) => {
    const article = parseRawArticle(`Hai nước ký thỏa thuận\nChiều 11/5, hai bên ký thỏa thuận hợp tác tại Hà Nội.\n${caption}\nHai bên sẽ họp lại.\n`);
    expect(article.captions).toEqual([caption]);
    expect(article.paragraphs.join('\n')).not.toContain(caption.slice(5, 25));
  });

  test('an archive photo headed by its date stays a caption: the date is the photo’s, not the story’s', () => {
    const article = parseRawArticle('Hai nước hợp tác\nHai bên ký thỏa thuận hôm nay.\nNgày 6 tháng Chín năm 2018. Lãnh đạo hai nước tại cuộc họp ở Sochi. - Sputnik Việt Nam\n');
    expect(article.captions).toHaveLength(1);
    expect(article.paragraphs.join('\n')).not.toContain('2018');
  });
});

describe('chrome lines of other outlets are left out, each by its rule', () => {
  test.each([
    ['Trang chủ > Thế giới > Châu Á', 'breadcrumb'],
    ['Tiếng Việt | English', 'breadcrumb'],
    ['1.234 lượt xem', 'reading-stats'],
    ['5 phút đọc', 'reading-stats'],
    ['Bình luận (0)', 'reading-stats'],
    ['(Reporting by Jane Roe; Editing by John Doe)', 'wire-credit'],
    ['Sign up for our daily newsletter', 'newsletter'],
    ['Share this article', 'newsletter'],
    ['© 2024 Example Media. All rights reserved.', 'copyright'],
    ['Example Media. All rights reserved.', 'copyright'],
    ['Đọc tiếp', 'subscribe'],
    ['Hotline: 0901 234 567', 'contact'],
    ['024.3825.1234 - toasoan@example.vn', 'phone-or-email'],
    ['🔔', 'emoji'],
    ['vietnam-russia-2023.jpg', 'image-name'],
    ['  • en-GB1 vi-VN1', 'language-switch'],
    ['Nga và ASEAN tăng cường hợp tác - Ảnh 1.', 'image-name'],
    ['Cơ quan chủ quản: Bộ Thông tin', 'tagline'],
    ['BelgradeSerbiaRussiaDiplomacyTrade', 'tags-run-together'],
  ])('%s (%s)', (line, why) => {
    const article = parseRawArticle(`Hai nước tăng cường hợp tác năng lượng\nNgày 5/3, hai bên ký thỏa thuận hợp tác năng lượng.\n${line}\nHai bên sẽ họp lại vào năm sau.\n`);
    expect(article.paragraphs.join('\n')).not.toContain(line.trim());
    expect(article.dropped.find((d) => d.text === line.trim())?.why).toBe(why);
  });

  test.each([
    // prose that looks a little like chrome stays
    'Hai bên nhất trí tăng cường hợp tác về an ninh > kinh tế là ưu tiên hàng đầu của cả hai nước trong thời gian tới.',
    'About 200 delegates attended the forum in Hanoi.',
    'Liên hệ với phía Nga, Bộ Ngoại giao cho biết hai bên sẽ sớm họp.',
  ])('stays: %s', (line) => {
    const article = parseRawArticle(`Hai nước tăng cường hợp tác năng lượng\nNgày 5/3, hai bên ký thỏa thuận hợp tác năng lượng.\n${line}\nHai bên sẽ họp lại vào năm sau.\n`);
    expect(article.paragraphs).toContain(line);
  });
});
