/**
 * The search's words in the language of the page it runs on (`<html lang>`, as Pagefind picks its
 * index), from the dictionaries' `search` group (lib/i18n).
 */
import { searchWords as en } from '../../lib/i18n/en.ts';
import { searchWords as ja } from '../../lib/i18n/ja.ts';
import { inPageLanguage } from '../page-locale.ts';

export const searchWords = () => inPageLanguage({ en, ja });
