import path from 'node:path';
import { DEFAULT_LOCALE, LOCALE_CODES, type Locale, type TranslationLocale } from '../lib/site.ts';

/**
 * Where the content lives. `SITE_CONTENT_DIR` points a build at another content folder; the
 * broken-site fixtures under tests/fixtures use it to prove that bad input fails the build.
 *
 * English, the default language, is at the top of the folder; every other language has the same
 * files under its code (`content/ja/articles/…`), translated, with the same ids (`translations`).
 * The bibliography and the anchor registry are shared by every language.
 */
export function contentPaths(root = process.env['SITE_CONTENT_DIR'] ?? 'content') {
  return {
    root,
    ...languageFiles(root),
    references: path.join(root, 'references', 'references.json'),
    /** The registry of public pages and ids, and redirects (see src/schemas/anchors.ts). */
    anchors: path.join(root, 'anchors.json'),
    /** Each other language's files, by language code. */
    translations: Object.fromEntries(
      LOCALE_CODES.filter((locale) => locale !== DEFAULT_LOCALE).map((locale) => [locale, translationFiles(root, locale)]),
    ) as Record<TranslationLocale, TranslationFiles>,
  };
}

export type ContentPathSet = ReturnType<typeof contentPaths>;

/**
 * The page each translated MDX file becomes, by the folder it is in: `articles/x.mdx` is the page
 * `/articles/x/` (and its translation `/ja/articles/x/`), as path segments (none for the home page). The content preflight
 * checks every folder of MDX pages in every language, and places each translation's notice (the
 * English page has changed since) by this table: a new folder of translated MDX pages adds its
 * line here, or the preflight says so.
 */
export const TRANSLATED_PAGES: Readonly<Record<string, (id: string) => readonly string[]>> = {
  articles: (id) => ['articles', id],
  // The site's own pages: home.mdx is the home page, about.mdx is /about/.
  pages: (id) => (id === 'home' ? [] : [id]),
};
export type TranslationFiles = ReturnType<typeof translationFiles>;

/** The files that every language has, in a language's own folder. */
function languageFiles(folder: string) {
  return {
    articles: path.join(folder, 'articles'),
    /** The prose of the site's own pages (home.mdx, about.mdx): one MDX file per page, placing its dynamic parts as components. */
    pages: path.join(folder, 'pages'),
    studyCard: path.join(folder, 'references', 'primary-study.yaml'),
    glossary: path.join(folder, 'glossary', 'terms.yaml'),
    figures: path.join(folder, 'figures', 'figures.yaml'),
  };
}

/** A translation's files: the same as English's, plus its words for references (reader notes, supplied titles). */
function translationFiles(root: string, locale: Locale) {
  const folder = path.join(root, locale);
  return { root: folder, ...languageFiles(folder), referenceNotes: path.join(folder, 'references', 'notes.yaml') };
}

/**
 * Whether a Markdown file is an article (under `articles/`, in any language) rather than the prose of
 * one of the site's own pages (`pages/`). The article rules, glossary links and heading links apply
 * to articles only (src/plugins/index.ts says why).
 */
export function isArticleFile(paths: ContentPathSet): (file: string | undefined) => boolean {
  const folders = [paths.articles, ...Object.values<TranslationFiles>(paths.translations).map((files) => files.articles)].map(
    (folder) => path.resolve(folder) + path.sep,
  );
  return (file) => {
    const absolute = file ? path.resolve(file) : '';
    return folders.some((folder) => absolute.startsWith(folder));
  };
}

/**
 * The language of a content file from where it is: a file under a translation's folder
 * (`content/ja/…`) is in that language, any other in the default language. The Markdown pipeline
 * uses it to link an article's glossary terms and site links in the article's own language.
 */
export function languageOfContentFile(paths: ContentPathSet): (file: string | undefined) => Locale {
  const folders = (Object.entries(paths.translations) as Array<[TranslationLocale, TranslationFiles]>).map(
    ([locale, files]) => [locale, path.resolve(files.root) + path.sep] as const,
  );
  return (file) => {
    const absolute = file ? path.resolve(file) : '';
    return folders.find(([, folder]) => absolute.startsWith(folder))?.[0] ?? DEFAULT_LOCALE;
  };
}
