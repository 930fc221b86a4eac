/**
 * What the citation scripts say, in the page's language: the dictionaries' `citations.script`,
 * imported on its own so the scripts bundle these few words and not every word of the site.
 */
import { citationScriptWords as en } from '../../lib/i18n/en.ts';
import { citationScriptWords as ja } from '../../lib/i18n/ja.ts';
import type { Locale } from '../../lib/site.ts';
import { pageLocale } from '../page-locale.ts';

const WORDS: Record<Locale, typeof en> = { en, ja };

export const citationWords = (): typeof en => WORDS[pageLocale()];
