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
  // A bar of trending topics, copied as a numbered list: "1. Dòng sự kiện:", "Trending now".
  { id: 'trending', pattern: /^(?:\d{1,2}[.)]\s*)?(?:Dòng sự kiện|Sự kiện nóng|Chủ đề nóng|Trending(?: now| topics)?|Hot topics)\s*:?$/iu, action: 'related' },
  { id: 'read-more', pattern: /^(?:Đọc thêm|Xem thêm|Tin cùng chuyên mục|Tin khác|Tin mới|Có thể bạn quan tâm|More from.*|You may also like|Most read|Đọc nhiều|Xem nhiều)\s*:?$/iu, action: 'cut-rest' },
  // "About ASEAN" and what follows it: the press office's boilerplate, with its founding dates.
  { id: 'about-boilerplate', pattern: /^[-–•\s]*(?:ABOUT\s+\p{Lu}{2,}|About\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,4}\s*:?$|Giới thiệu về\s+\p{Lu}[\p{L}-]*\s*:?$)/u, action: 'cut-rest' },
  // A credit alone on its line ("Ảnh: BNG.", "AP / Armed Forces of the Philippines"): no caption to keep.
  { id: 'photo-credit', pattern: /^[-–—\s]*(?:Ảnh|Photo|Image|Nguồn|Source)\s*:\s*[^.\s][^.]{0,40}\.?$|^\p{Lu}[\p{L} ]{1,40}\s\/\s\p{Lu}[\p{L} ]{1,40}$/u, action: 'drop' },
  { id: 'caption-credit', pattern: /\((?:Ảnh|Photo|Nguồn ảnh|Ảnh minh họa|Ảnh minh hoạ|Nguồn|Image|Picture)\s*:[^()]*\)\s*\.?$/iu, action: 'caption' },
  { id: 'caption-credit-end', pattern: /^.{0,300}(?:[.!?]|\s[–—-])\s*(?:Ảnh|Photo|Image|Nguồn)\s*:\s*[^.]{2,60}\.?$/iu, action: 'caption' },
  { id: 'caption-prefix', pattern: /^(?:Ảnh|Photo|Image)\s*:\s*\S/iu, action: 'caption' },
  // a gallery's photo ("[1/3] Ships sail …") or a wire photo's credit ("… REUTERS/Jane Roe")
  { id: 'caption-gallery', pattern: /^\[\d{1,2}\/\d{1,2}\]\s+\S/u, action: 'caption' },
  { id: 'caption-wire', pattern: /^.{10,300}\s(?:REUTERS|AFP|AP|EPA|XINHUA|ANTARA|TTXVN|VNA)\/[\p{L} .'’-]{2,40}$/u, action: 'caption' },
  // A photo's caption alone on its line: "The minister is seen at the office on May 31.", "Leaders are pictured in Bali".
  { id: 'caption-seen', pattern: /^(?!.*\b(?:said|says|told|according|believes?|thinks?)\b)[^.!?]{8,200}\s(?:is|are)\s+(?:seen|pictured|photographed)\s+(?:at|in|on|during|with|after|before|outside|inside|arriving|attending|speaking|talking|delivering|posing|waving|shaking|greeting|leaving)\b[^.!?]{0,150}[.!]?$/u, action: 'caption' },
  { id: 'caption-by', pattern: /^.{0,300}\.\s*(?:Photo|Ảnh)\s+(?:by|courtesy of|của)\s+[^.]{2,60}\.?$/iu, action: 'caption' },
  // "… on Tuesday. — VNA/VNS Photo", "… peace summit. / bne IntelliNews", "… tại Sochi. - Sputnik Việt Nam"
  { id: 'caption-agency', pattern: /^.{10,300}[.!?”"]\s*(?:[–—-]\s*[\p{L}/ ]{2,30}\s(?:Photo|Ảnh)\.?|\/\s*[\p{L} ]{2,40}|[–—-]\s+\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3})$/u, action: 'caption' },
  { id: 'share-bar', pattern: /^(?:Chia sẻ|Share|Tweet|Bình luận|Comments?|In bài|Print|Lưu|Save|Copy link|Sao chép liên kết|Facebook|Zalo|Twitter|Email|Gửi bài|Thích|Like)(?:\s*[|·•]\s*\S+)*\s*$/iu, action: 'drop' },
  { id: 'subscribe', pattern: /^(?:Đăng ký|Đăng nhập|Subscribe|Sign in|Sign up|Log in|Login|Xem theo ngày|Trang chủ|Home|Đọc tiếp|Xem tiếp|Quay lại|Về trang chủ|Back to top|Lưu bài viết|Gửi bài viết|In bài viết)\s*$/iu, action: 'drop' },
  { id: 'newsletter', pattern: /^(?:(?:Sign up|Subscribe) (?:for|to) (?:our|the)\b.{0,80}|Click here\b.{0,80}|Share this (?:article|story|page)\b.{0,20}|Our Standards:.{0,80})$/iu, action: 'drop' },
  // "Trang chủ > Thế giới > Châu Á", "Tiếng Việt | English"
  // A site's search box and menu buttons, copied as text.
  // A government site's banner: "An official website of the United States government", "Here's how you know".
  { id: 'gov-banner', pattern: /^(?:An official website of the\s.{2,40}\sgovernment|Here['’]s how you know|Official websites use \.gov|Secure \.gov websites use HTTPS|Trang web chính thức của Chính phủ.{0,40})\.?$/iu, action: 'drop' },
  // The office a press release comes from, alone on its line.
  { id: 'press-office', pattern: /^(?:Office of the (?:Spokesperson|Press Secretary)|Văn phòng người phát ngôn|Media Note|Press Statement|For Immediate Release)$/iu, action: 'drop' },
  { id: 'search-box', pattern: /^(?:Close this search box|Search for|Search|Tìm kiếm|Menu|Đóng)\s*[.:…]*$/iu, action: 'drop' },
  { id: 'breadcrumb', pattern: /^(?:[\p{L}\d][\p{L}\d .&'’-]{0,30}\s*[>»›]\s*){1,6}[\p{L}\d][\p{L}\d .&'’-]{0,30}$|^(?:Tiếng Việt|English|Русский|中文|Français|Español)(?:\s*[|/·]\s*(?:Tiếng Việt|English|Русский|中文|Français|Español))+$/u, action: 'drop' },
  { id: 'reading-stats', pattern: /^(?:\(?\d[\d.,]*\)?\s*)?(?:lượt xem|lượt đọc|views?|bình luận|comments?|phút (?:để )?đọc|min read|minutes? read)(?:\s*[:(]?\s*\d[\d.,]*\)?)?$/iu, action: 'drop' },
  // a wire's credits under its story: "(Reporting by Jane Roe; Editing by John Doe)"
  { id: 'wire-credit', pattern: /^\(?(?:Reporting|Writing|Editing|Additional reporting) by\b.{0,160}\)?\.?$/iu, action: 'drop' },
  { id: 'advert', pattern: /^(?:Quảng cáo|Advertisement|Sponsored|Tài trợ)$/iu, action: 'drop' },
  { id: 'tags', pattern: /^(?:Từ khóa|Từ khoá|Tags?|Chủ đề|Topics?)\s*:.*$/iu, action: 'drop' },
  // Tags whose separators were lost: one long run of letters ("Chinesenatural-resourcesmarineRussian").
  { id: 'tags-run-together', pattern: /^[\p{L}-]{25,}$/u, action: 'drop' },
  // An outlet's motto under its name: "Cơ quan ngôn luận của …", "Tiếng nói của …", "The voice of …".
  { id: 'tagline', pattern: /^(?:Cơ quan (?:ngôn luận|chủ quản|của)|Tiếng nói của|The voice of|Official (?:newspaper|organ|news agency) of)\b.{0,80}$/iu, action: 'drop' },
  { id: 'copyright', pattern: /^(?:©|Copyright|Bản quyền).{0,120}$|^.{0,80}All rights reserved\.?$/iu, action: 'drop' },
  { id: 'listen', pattern: /^(?:Nghe bài viết|Nghe đọc bài|Listen to this article|Cỡ chữ|Font size)\b.{0,40}$/iu, action: 'drop' },
  { id: 'media-player', pattern: /^\d{1,2}:\d{2}(?:\s*\/\s*\d{1,2}:\d{2})?$/u, action: 'drop' },
  { id: 'byline', pattern: /^(?:By|Posted by|Written by|Bài và ảnh|Bài|Tác giả)\s*:?\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$|^(?:Posted by\s*Written by|Posted by|Written by|Published in|Tổng hợp|Lược dịch|Biên dịch)$/u, action: 'drop' },
  { id: 'contact', pattern: /^[•·*\-–\s]*(?:Tel|Tél|Phone|Fax|E-?mail|Website|Web|Add|Address|Địa chỉ|Điện thoại|ĐT|Hotline|Đường dây nóng|Liên hệ quảng cáo|Liên hệ tòa soạn|Liên hệ|Contact(?: us)?)\s*(?::.{0,80})?$/iu, action: 'drop' },
  { id: 'phone-or-email', pattern: /^[•·\s]*(?:[\d .()+-]{7,}(?:\s*[-–|]\s*\S+@\S+)?|\S+@\S+\.\w+)$/u, action: 'drop' },
  { id: 'emoji', pattern: /^(?=.*\p{Extended_Pictographic})[\p{Extended_Pictographic}\uFE0F\u200D\s]+$/u, action: 'drop' },
  { id: 'logo', pattern: /^(?:\S+\s+){0,6}logo$/iu, action: 'drop' },
  { id: 'slide-number', pattern: /^\d{1,3}$/u, action: 'drop' },
  { id: 'language-switch', pattern: /^[•·\s]*(?:[a-z]{2}-[A-Z]{2}\d*\s*)+$/u, action: 'drop' },
  // An image's file name or alt text left in the page ("philippines1", "… - Ảnh 1.", "… ảnh 1").
  { id: 'image-name', pattern: /^(?:[\w-]+\.(?:jpe?g|png|gif|webp|svg)|[a-z][a-z_-]{2,}\d+|.{10,200}?\s(?:[-–]\s)?(?:ảnh|photo|image)\s\d{1,2}\.?)$/iu, action: 'drop' },
]);

/** Image alt text glued to the caption after it: "<headline> ảnh 1Thứ trưởng …" keeps "Thứ trưởng …". */
export const IMAGE_ALT_PREFIX = /^.{10,200}?\s(?:[-–]\s)?(?:ảnh|photo|image)\s\d{1,2}(?=\p{Lu})/iu;

/** The credit at the end of a caption, for a caption kept as text: "(Nguồn: TTXVN)", "– Ảnh: BNG", ". — VNA/VNS Photo", " REUTERS/Jane Roe". */
export const CAPTION_CREDIT = /(?:\s*\((?:Ảnh|Photo|Nguồn ảnh|Ảnh minh họa|Ảnh minh hoạ|Nguồn|Image|Picture)\s*:[^()]*\)|\s*(?:\s[–—-]\s*)?(?:Ảnh|Photo|Image|Nguồn)\s*:\s*[^.]{2,60}|\s*[–—-]\s*[\p{L}/ ]{2,30}\s(?:Photo|Ảnh)|\s*\/\s*[\p{L} ]{2,40}|\s+[–—-]\s+\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3}|\s+(?:REUTERS|AFP|AP|EPA|XINHUA|ANTARA|TTXVN|VNA)\/[\p{L} .'’-]{2,40})\s*\.?$/u;

/** Rules for a site's navigation: a date line just above one of them is the site's header clock, not the story's date. */
export const NAVIGATION_RULES: ReadonlySet<string> = new Set(['search-box', 'subscribe', 'breadcrumb', 'language-switch', 'logo', 'contact', 'phone-or-email']);

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
