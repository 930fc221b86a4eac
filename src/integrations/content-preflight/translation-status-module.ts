import { pathUnder } from '../../lib/site.ts';
import type { TranslationStatus } from './translation-records.ts';

/** The module pages import to learn whether their English page has changed since they were translated. */
export const TRANSLATION_STATUS_MODULE = 'virtual:site/translation-status';
const RESOLVED = `\0${TRANSLATION_STATUS_MODULE}`;

/**
 * Each translated page whose English page has changed since its translation, by its base-less path
 * with its language (`/ja/articles/x/`), with the day of the English version it follows. Pages
 * that are current are not listed; a page behind a correction never gets here (the build fails).
 */
export type EnglishChanged = Record<string, { source: string }>;

export function englishChanged(statuses: readonly TranslationStatus[]): EnglishChanged {
  return Object.fromEntries(
    statuses.flatMap((status) =>
      status.state === 'english-changed' && status.page && status.record
        ? [[pathUnder('/', status.page, { locale: status.locale }), { source: status.record.source }]]
        : [],
    ),
  );
}

/**
 * A Vite plugin serving `virtual:site/translation-status`: what the content preflight found, at
 * config time, handed to the pages that render at build time (components/article/TranslationNotice.astro).
 * Pages cannot work it out themselves: it needs the English file's bytes (its hash), which the
 * content collections do not keep. Typed in src/env.d.ts.
 */
export function translationStatusModule(statuses: readonly TranslationStatus[]) {
  const source = `export default ${JSON.stringify(englishChanged(statuses))};\n`;
  return {
    name: 'site:translation-status',
    resolveId: (id: string) => (id === TRANSLATION_STATUS_MODULE ? RESOLVED : undefined),
    load: (id: string) => (id === RESOLVED ? source : undefined),
  };
}
