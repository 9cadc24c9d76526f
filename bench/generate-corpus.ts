/**
 * Synthetic corpora for the benchmark: realistic Vietnamese articles (diacritics, the date forms
 * the extractor reads, several themes), four events each, deterministic from a seed.
 */
import { mkdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';

/** Mulberry32: a small seeded generator, so the same seed gives the same corpus. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS = ['Hội nghị', 'Diễn đàn', 'Hội thảo', 'Đối thoại', 'Phiên họp', 'Triển lãm', 'Tham vấn'];
const QUALIFIERS = ['Cấp cao', 'Bộ trưởng', 'Quan chức Cao cấp', 'Doanh nghiệp', 'Thanh niên', 'Học giả', 'Chuyên gia', 'Đặc biệt'];
const PARTNERS = ['ASEAN-Nga', 'Việt Nam - Nga', 'ASEAN - Liên bang Nga', 'Lào - Nga', 'Campuchia - Nga', 'Indonesia - Nga', 'Philippines - Nga'];
const TOPICS = [
  ['về hợp tác vắc-xin và y tế công cộng', 'tiêm chủng', 'dịch COVID-19'],
  ['về an ninh hàng hải ở Biển Đông', 'an ninh', 'quốc phòng'],
  ['về thương mại và đầu tư', 'chuỗi cung ứng', 'kinh tế'],
  ['về khoa học và công nghệ', 'đổi mới sáng tạo', 'kỹ thuật'],
  ['về năng lượng và dầu khí', 'năng lượng tái tạo', 'đầu tư'],
  ['về phòng chống ma túy', 'an ninh', 'khủng bố'],
];
const CITIES = ['Hà Nội', 'Moskva', 'Jakarta', 'Viêng Chăn', 'Phnôm Pênh', 'Manila', 'Kuala Lumpur', 'Vladivostok', 'Đà Nẵng', 'Saint Petersburg'];
const CUES = ['Chiều', 'Sáng', 'Tối', 'Ngày', 'ngày'];
const PLANS = ['Kế hoạch hành động', 'Chương trình hợp tác', 'Kế hoạch tổng thể', 'Chương trình nghị sự'];

/** Articles for a corpus of about `events` events: each gives three dated events, give or take. */
export const articlesFor = (events: number): number => Math.ceil(events / 3);

export interface Corpus {
  dir: string;
  articles: number;
}

/** Writes `articles` article files and the theme taxonomy into `dir`. */
export function writeCorpus(dir: string, articles: number, seed: number, themesFile: string): Corpus {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'articles'), { recursive: true });
  copyFileSync(themesFile, join(dir, 'themes.yaml'));
  for (let i = 0; i < articles; i++) {
    const year = int(2012, 2025);
    const month = int(1, 12);
    const day = int(2, 28);
    const published = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const [topic, k1, k2] = pick(TOPICS);
    const name = `${pick(KINDS)} ${pick(QUALIFIERS)} ${pick(PARTNERS)} lần thứ ${i + 1}`;
    const city = pick(CITIES);
    const second = `${pick(KINDS)} ${pick(QUALIFIERS)} ${pick(PARTNERS)} khóa ${i + 1} tại ${pick(CITIES)}`;
    const planStart = year + int(0, 2);
    const secondYear = year - int(0, 3);
    const body = [
      `${pick(CUES)} ${day - 1}/${month}, tại ${city}, các bên đã khai mạc ${name} ${topic}, với sự tham dự của lãnh đạo và chuyên gia.`,
      `Các đại biểu nhấn mạnh tầm quan trọng của ${k1} và ${k2}, đồng thời nhất trí tăng cường trao đổi thông tin, kinh nghiệm và đào tạo nguồn nhân lực.`,
      `Hai bên thông qua ${pick(PLANS)} số ${i + 1} ${topic} giai đoạn ${planStart}-${planStart + int(2, 5)}, trong đó có nhiều hoạt động cụ thể.`,
      `Trước đó, ngày ${int(1, 28)} tháng ${int(1, 12)} năm ${secondYear}, ${second} đã được tổ chức, đặt nền móng cho hợp tác ${k1}.`,
      `Phát biểu bế mạc, Trưởng đoàn khẳng định quan hệ đối tác chiến lược sẽ tiếp tục phát triển, vì hòa bình, ổn định và thịnh vượng của khu vực.`,
    ];
    const md = `---\ntitle: "${name} khai mạc tại ${city}"\nsource: Báo Mẫu\npublished: ${published}\nlanguage: vi\n---\n\n${body.join('\n\n')}\n`;
    writeFileSync(join(dir, 'articles', `bai-${String(i).padStart(5, '0')}.md`), md);
  }
  return { dir, articles };
}
