import { existsSync } from 'node:fs';
import path from 'node:path';
import { TRANSLATED_PAGES, type ContentPathSet, type TranslationFiles } from '../../config/content-paths.ts';
import type { Problem } from '../../lib/problems.ts';
import { LOCALE_CODES, LOCALES, type TranslationLocale } from '../../lib/site.ts';
import { mdxFilesIn, mdxFolders, readMdx, type MdxFile } from './mdx-files.ts';
import { sameIdProblems } from './same-ids.ts';
import { translatedDataProblems } from './translated-data.ts';
import { translationRecordProblems, translationStatus, type TranslationStatus } from './translation-records.ts';

/** The content files the translation checks read: the English files and each translation's folder. */
export type TranslationPaths = Pick<ContentPathSet, 'root' | 'glossary' | 'figures' | 'studyCard' | 'translations'>;

/** An English MDX page and its translation, both read. */
interface PagePair {
  locale: TranslationLocale;
  folder: string;
  english: MdxFile;
  translation: MdxFile;
}

/**
 * Keeps every translation in step with the English, once a translation's folder exists
 * (`content/ja/`): every English MDX page (in any folder: articles, and any other folder of pages)
 * has its translation and every translation its English page; both have the same public ids
 * (same-ids.ts); each translation records which English version it translates and has taken in every
 * correction and update of the English page since (translation-records.ts); and every glossary term,
 * figure and study-card fact has its translation, with the English data (translated-data.ts).
 */
export async function translationProblems(paths: TranslationPaths): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const [locale, files] of translationFolders(paths)) {
    const { pairs, problems: pairing } = await pagePairs(paths.root, locale, files);
    problems.push(...pairing);
    for (const pair of pairs) {
      const status = translationStatus(locale, pair.folder, pair.english, pair.translation);
      problems.push(...sameIdProblems(pair.english, pair.translation), ...translationRecordProblems(status, pair.translation));
    }
    problems.push(
      ...translatedDataProblems({ what: 'glossary term', english: paths.glossary, translation: files.glossary, compare: ['sources'] }),
      ...translatedDataProblems({ what: 'figure', english: paths.figures, translation: files.figures, compare: '*' }),
      ...translatedDataProblems({ what: 'study card', english: paths.studyCard, translation: files.studyCard, compare: '*' }),
    );
  }
  return problems;
}

/**
 * Where every translated MDX page stands with its English page (current, English changed, behind a
 * correction), for `npm run translations` and for the pages' notices. Pages without a partner are
 * left out: the preflight has failed the build for them.
 */
export async function translationStatuses(paths: TranslationPaths): Promise<TranslationStatus[]> {
  const statuses: TranslationStatus[] = [];
  for (const [locale, files] of translationFolders(paths)) {
    const { pairs } = await pagePairs(paths.root, locale, files);
    statuses.push(...pairs.map((pair) => translationStatus(locale, pair.folder, pair.english, pair.translation)));
  }
  return statuses;
}

/** The translations whose folder exists: a content folder without `ja/` is an English-only site. */
function translationFolders(paths: TranslationPaths): Array<[TranslationLocale, TranslationFiles]> {
  return (Object.entries(paths.translations) as Array<[TranslationLocale, TranslationFiles]>).filter(([, files]) => existsSync(files.root));
}

/**
 * Every MDX page of the English and of one translation, paired by folder and file name; a page
 * with no partner, or in a folder whose pages have no known address (TRANSLATED_PAGES), is a problem.
 */
async function pagePairs(root: string, locale: TranslationLocale, files: TranslationFiles): Promise<{ pairs: PagePair[]; problems: Problem[] }> {
  const language = `${LOCALES[locale].name} (${locale})`;
  const folders = [...new Set([...(await mdxFolders(root, LOCALE_CODES)), ...(await mdxFolders(files.root))])].sort();
  const pairs: PagePair[] = [];
  const problems: Problem[] = [];
  for (const folder of folders) {
    const english = await mdxFilesIn(path.join(root, folder));
    const translated = await mdxFilesIn(path.join(files.root, folder));
    if (translated.length > 0 && !TRANSLATED_PAGES[folder]) {
      problems.push({
        file: path.join(files.root, folder),
        message: `holds translated pages, but src/config/content-paths.ts (TRANSLATED_PAGES) does not say which page each file of "${folder}" becomes, so they could not tell readers when the English page changes. Add a line for "${folder}".`,
      });
    }
    for (const name of english.filter((file) => !translated.includes(file))) {
      problems.push({
        file: path.join(files.root, folder, name),
        message: `is missing: the English page ${path.join(root, folder, name)} has no translation into ${language}. Every page is published in every language: translate it into this file, with the English page's ids.`,
      });
    }
    for (const name of translated) {
      const file = path.join(files.root, folder, name);
      if (!english.includes(name)) {
        problems.push({
          file,
          line: 1,
          message: `has no English page (${path.join(root, folder, name)}): a translation has the name of the English page it translates. Rename it, or remove it.`,
        });
        continue;
      }
      pairs.push({ locale, folder, english: await readMdx(path.join(root, folder, name)), translation: await readMdx(file) });
    }
  }
  return { pairs, problems };
}
