import { fold } from '../text/fold.ts';

/** Which comes first in an all-numeral date ("03/04/2021"): the day (dmy) or the month (mdy). */
export type DateOrder = 'dmy' | 'mdy';

/** The order an article's numerals are read in, and what said so (for the inference note). */
export interface DateOrderChoice {
  order: DateOrder;
  from: 'frontmatter' | 'outlet' | 'language' | 'default';
}

// English pages of outlets that write numerals day first (Vietnam, Russia, most of ASEAN, Britain)
// or month first (the United States, the Philippines). Keys are web hosts or folded outlet names.
const OUTLET_ORDER: Readonly<Record<string, DateOrder>> = Object.freeze({
  'vnexpress.net': 'dmy', 'vnexpress': 'dmy', 'vietnamplus.vn': 'dmy', 'vietnamplus': 'dmy',
  'vietnamnews.vn': 'dmy', 'viet nam news': 'dmy', 'vietnam news': 'dmy', 'nhandan.vn': 'dmy', 'nhan dan': 'dmy',
  'vov.vn': 'dmy', 'vov': 'dmy', 'talkvietnam.org': 'dmy', 'tuoitrenews.vn': 'dmy', 'vir.com.vn': 'dmy',
  'tass.com': 'dmy', 'tass': 'dmy', 'rt.com': 'dmy', 'mid.ru': 'dmy', 'sputniknews.com': 'dmy', 'news-pravda.com': 'dmy',
  'asean.org': 'dmy', 'straitstimes.com': 'dmy', 'channelnewsasia.com': 'dmy', 'bangkokpost.com': 'dmy',
  'nationthailand.com': 'dmy', 'thephuketnews.com': 'dmy', 'thejakartapost.com': 'dmy', 'antaranews.com': 'dmy',
  'malaymail.com': 'dmy', 'thestar.com.my': 'dmy', 'nst.com.my': 'dmy', 'bernama.com': 'dmy',
  'khmertimeskh.com': 'dmy', 'phnompenhpost.com': 'dmy', 'mizzima.com': 'dmy', 'bbc.com': 'dmy', 'bbc.co.uk': 'dmy',
  'reuters.com': 'mdy', 'apnews.com': 'mdy', 'thediplomat.com': 'mdy', 'inquirer.net': 'mdy', 'philstar.com': 'mdy',
  'manilatimes.net': 'mdy', 'manila-shimbun.com': 'mdy', 'pna.gov.ph': 'mdy', 'rappler.com': 'mdy', 'russia-briefing.com': 'mdy',
});

/**
 * The order for an article: its `dateOrder`, else its outlet's, else chrono's own default
 * (month first). Vietnamese always writes the day first.
 */
export function dateOrderFor(article: { dateOrder?: DateOrder | undefined; source?: string | undefined; url?: string | undefined; language: 'vi' | 'en' }): DateOrderChoice {
  if (article.dateOrder) return { order: article.dateOrder, from: 'frontmatter' };
  if (article.language === 'vi') return { order: 'dmy', from: 'language' };
  const outlet = outletOrder(article.url, article.source);
  return outlet ? { order: outlet, from: 'outlet' } : { order: 'mdy', from: 'default' };
}

function outletOrder(url: string | undefined, source: string | undefined): DateOrder | undefined {
  const host = url ? /^https?:\/\/(?:www\.|en\.|e\.|m\.)?([^/:]+)/i.exec(url)?.[1]?.toLowerCase() : undefined;
  if (host) {
    const parts = host.split('.');
    for (let i = 0; i < parts.length - 1; i++) {
      const order = OUTLET_ORDER[parts.slice(i).join('.')];
      if (order) return order;
    }
  }
  const name = source ? fold(source).replace(/\s+international$/, '').trim() : '';
  return OUTLET_ORDER[name];
}
