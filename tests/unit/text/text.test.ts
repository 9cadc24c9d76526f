import { describe, expect, test } from 'vitest';
import { fold, slugify } from '../../../src/lib/text/fold.ts';
import { normalizeText } from '../../../src/lib/text/normalize-text.ts';
import { splitSentences } from '../../../src/lib/text/split-sentences.ts';
import { decodeBytes } from '../../../src/lib/text/decode-bytes.ts';

test.each([
  ['Đông Nam Á', 'dong nam a'],
  ['vắc-xin', 'vac-xin'],
  ['Hoà bình HÒA BÌNH', 'hoa binh hoa binh'],
  ['Lavrov', 'lavrov'],
])('fold(%s) = %s', (text, folded) => {
  expect(fold(text)).toBe(folded);
});

test.each([
  ['ASEAN-Nga: Phối hợp phân phối vaccine', 'asean-nga-phoi-hop-phan-phoi-vaccine'],
  ['Đối thoại an ninh', 'doi-thoai-an-ninh'],
  ['!!!', 'article'],
])('slugify(%s) = %s', (text, slug) => {
  expect(slugify(text)).toBe(slug);
});

describe('normalizeText makes equivalent input identical', () => {
  test('NFD and NFC Vietnamese', () => {
    const nfc = 'Hội nghị Cấp cao ASEAN-Nga, Biển Đông, vắc-xin';
    expect(normalizeText(nfc.normalize('NFD'))).toBe(nfc);
  });
  test('byte-order mark, CRLF and lone CR', () => {
    expect(normalizeText('\uFEFFa\r\nb\rc\n')).toBe('a\nb\nc\n');
  });
  test('non-breaking and zero-width spaces', () => {
    expect(normalizeText('28/10\u00A0năm\u200B 2021')).toBe('28/10 năm 2021');
  });
});

describe('splitSentences', () => {
  test.each([
    ['Câu một. Câu hai! Câu ba?', ['Câu một.', 'Câu hai!', 'Câu ba?']],
    ['Tại TP. Hồ Chí Minh, ông V. Putin nói. Sau đó họ họp.', ['Tại TP. Hồ Chí Minh, ông V. Putin nói.', 'Sau đó họ họp.']],
    ['Kim ngạch đạt 1.000 tỷ. Tăng 30%.', ['Kim ngạch đạt 1.000 tỷ.', 'Tăng 30%.']],
    ['MOSCOW, July 7. /TASS/. Lavrov said so. Then left.', ['MOSCOW, July 7. /TASS/. Lavrov said so.', 'Then left.']],
    ['"We agree." Ministers said.', ['"We agree."', 'Ministers said.']],
    // A page that lost the space after a full stop: still two sentences; abbreviations, initials, addresses and numbers stay whole.
    ['The envoys met in Hanoi on May 4, within the framework of the forum.Both sides agreed to meet again.', ['The envoys met in Hanoi on May 4, within the framework of the forum.', 'Both sides agreed to meet again.']],
    ['Đoàn đã tới Kuala Lumpur (Malaysia).Sáng hôm sau, hai bên hội đàm.', ['Đoàn đã tới Kuala Lumpur (Malaysia).', 'Sáng hôm sau, hai bên hội đàm.']],
    ['The U.S.A team and Prof.Tran met at e.vnexpress.net on 3.5.', ['The U.S.A team and Prof.Tran met at e.vnexpress.net on 3.5.']],
  ])('%s', (paragraph, sentences) => {
    const found = splitSentences(paragraph);
    expect(found.map((s) => s.text)).toEqual(sentences);
    for (const s of found) expect(paragraph.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('decodeBytes', () => {
  const text = 'Hội nghị Cấp cao ngày 28/10';
  test('UTF-8, with and without a byte-order mark', () => {
    expect(decodeBytes(new TextEncoder().encode(text))).toEqual({ text });
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toEqual({ text });
  });
  test('UTF-16 with a byte-order mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(decodeBytes(le)).toEqual({ text });
  });
  test('a legacy code page is refused, naming it', () => {
    // "Hội" in Windows-1258: H, o + combining dot below (0xF2), i
    const result = decodeBytes(new Uint8Array([0x48, 0xf4, 0xf2, 0x69, 0x20, 0xd0]));
    expect(result).toEqual({ error: expect.stringContaining('Windows-1258') });
  });
});
