/**
 * What the citation scripts say, in the page's language: the dictionaries' `citations.script`,
 * imported on its own so the scripts bundle these few words and not every word of the site.
 */
import { citationScriptWords as en } from '../../lib/i18n/en.ts';
import { citationScriptWords as ja } from '../../lib/i18n/ja.ts';
import { inPageLanguage } from '../page-locale.ts';

export const citationWords = () => inPageLanguage({ en, ja });
