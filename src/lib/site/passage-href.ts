/**
 * The address of an article's page and of one of its passages, in a folder of articles: relative
 * on a page ("../articles/"), from the site's base ("/timeline/articles/"), or absolute in an
 * export ("https://example.org/articles/"). The article page anchors paragraph N as passageAnchor(N).
 */

/** The folder of article pages below a home folder ("/", "/en/", "/timeline/"). */
export const articlesFolder = (home: string) => `${home}articles/`;

export const articleHref = (articlesRoot: string, slug: string) => `${articlesRoot}${slug}/`;

/** The id of paragraph N on its article's page. */
export const passageAnchor = (paragraph: number) => `p-${paragraph}`;

export const passageHref = (articlesRoot: string, slug: string, paragraph: number) => `${articleHref(articlesRoot, slug)}#${passageAnchor(paragraph)}`;
