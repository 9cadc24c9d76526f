/**
 * What pasted news pages carry besides the article, line by line. A new site's noise is one row.
 * - drop: not part of the article (buttons, share bars, ads)
 * - caption: a photo caption, kept in `captions`, not in the body
 * - related: the headlines below this heading link to related articles; they go to `related`
 * - cut-rest: this line and everything after it are the page's lists of other, unrelated headlines
 */
export type NoiseAction = 'drop' | 'caption' | 'related' | 'cut-rest';

export interface NoiseRule {
  id: string;
  pattern: RegExp;
  action: NoiseAction;
}

export const NOISE_RULES: readonly NoiseRule[] = Object.freeze([
  { id: 'follow-vi', pattern: /^Theo dõi\s+\S.*\btrên\b.{0,40}$/iu, action: 'drop' },
  { id: 'follow-en', pattern: /^(?:Follow|Like)\s+(?:us|\S+)\s+on\b.{0,40}$/i, action: 'drop' },
  { id: 'mobile-version', pattern: /^(?:Phiên bản di động|Mobile version|Xem bản đầy đủ|Desktop version)\.?$/iu, action: 'drop' },
  { id: 'related-heading', pattern: /^(?:Tin liên quan|Bài liên quan|Read more|Related(?: news| articles| stories)?|See also)\s*:?$/iu, action: 'related' },
  { id: 'read-more', pattern: /^(?:Đọc thêm|Xem thêm|Tin cùng chuyên mục|Tin khác|Tin mới|Có thể bạn quan tâm|More from.*|You may also like|Most read|Đọc nhiều|Xem nhiều)\s*:?$/iu, action: 'cut-rest' },
  { id: 'caption-credit', pattern: /\((?:Ảnh|Photo|Nguồn ảnh|Ảnh minh họa|Ảnh minh hoạ|Nguồn|Image|Picture)\s*:[^()]*\)\s*\.?$/iu, action: 'caption' },
  { id: 'caption-credit-end', pattern: /^.{0,300}[.!?]\s*(?:Ảnh|Photo|Image)\s*:\s*[^.]{2,60}$/iu, action: 'caption' },
  { id: 'caption-prefix', pattern: /^(?:Ảnh|Photo|Image)\s*:\s*\S/iu, action: 'caption' },
  { id: 'caption-by', pattern: /^.{0,300}\.\s*(?:Photo|Ảnh)\s+(?:by|courtesy of|của)\s+[^.]{2,60}\.?$/iu, action: 'caption' },
  { id: 'share-bar', pattern: /^(?:Chia sẻ|Share|Tweet|Bình luận|Comments?|In bài|Print|Lưu|Save|Copy link|Sao chép liên kết|Facebook|Zalo|Twitter|Email|Gửi bài|Thích|Like)(?:\s*[|·•]\s*\S+)*\s*$/iu, action: 'drop' },
  { id: 'advert', pattern: /^(?:Quảng cáo|Advertisement|Sponsored|Tài trợ)$/iu, action: 'drop' },
  { id: 'tags', pattern: /^(?:Từ khóa|Từ khoá|Tags?|Chủ đề|Topics?)\s*:.*$/iu, action: 'drop' },
  { id: 'copyright', pattern: /^(?:©|Copyright|Bản quyền).{0,120}$/iu, action: 'drop' },
  { id: 'listen', pattern: /^(?:Nghe bài viết|Nghe đọc bài|Listen to this article|Cỡ chữ|Font size)\b.{0,40}$/iu, action: 'drop' },
]);

export function noiseActionFor(line: string): NoiseRule | undefined {
  return NOISE_RULES.find((rule) => rule.pattern.test(line));
}

/** Datelines that name the outlet at the start of the body ("TTO -", "Hanoi (VNA) -", "/TASS/."). */
export const DATELINES: ReadonlyArray<{ pattern: RegExp; source: string }> = Object.freeze([
  { pattern: /^TTO\s*[-–—]/u, source: 'Tuổi Trẻ' },
  { pattern: /^\p{Lu}[\p{L} ]{1,30}\(VNA\)\s*[-–—]/u, source: 'VietnamPlus' },
  { pattern: /^\p{Lu}[\p{L} ]{1,30}\(TTXVN\)\s*[-–—]/u, source: 'TTXVN' },
  { pattern: /\/TASS\/\./u, source: 'TASS' },
  { pattern: /^NDO\s*[-–—]/u, source: 'Nhân Dân' },
  { pattern: /^VOV\.VN\s*[-–—]/iu, source: 'VOV' },
  { pattern: /^\(Chinhphu\.vn\)/u, source: 'Báo Chính phủ' },
  { pattern: /^\(Dân trí\)\s*[-–—]/u, source: 'Dân trí' },
]);

/** Outlets named by their web address in pasted text ("Theo dõi Baoquocte.vn trên"). */
export const OUTLETS: Readonly<Record<string, string>> = Object.freeze({
  'baoquocte.vn': 'Báo Quốc tế',
  'vnexpress.net': 'VnExpress',
  'e.vnexpress.net': 'VnExpress International',
  'tuoitre.vn': 'Tuổi Trẻ',
  'thanhnien.vn': 'Thanh Niên',
  'nhandan.vn': 'Nhân Dân',
  'vietnamplus.vn': 'VietnamPlus',
  'dantri.com.vn': 'Dân trí',
  'qdnd.vn': 'Quân đội nhân dân',
  'baochinhphu.vn': 'Báo Chính phủ',
  'vov.vn': 'VOV',
  'vtv.vn': 'VTV',
  'vietnamnews.vn': 'Việt Nam News',
  'tass.com': 'TASS',
  'sggp.org.vn': 'Sài Gòn Giải Phóng',
  'laodong.vn': 'Lao Động',
  'cand.com.vn': 'Công an nhân dân',
  'mofa.gov.vn': 'Bộ Ngoại giao',
});
