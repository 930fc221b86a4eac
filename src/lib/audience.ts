import type { AUDIENCES } from '../schemas/article.ts';
import { DEFAULT_LOCALE, type Locale } from './site.ts';

type Audience = (typeof AUDIENCES)[number];

/**
 * What each audience is called wherever the site names it, in each language: the article's
 * "Written for", the search filter and the search results ("For …"). Kept apart from the schema so
 * browser code can use it without bundling zod.
 */
const NAMES: Record<Locale, Record<Audience, string>> = {
  en: { patients: 'Patients and families', clinicians: 'Clinicians', everyone: 'Everyone' },
  ja: { patients: '患者さんとご家族', clinicians: '臨床家', everyone: 'すべての読者' },
};

export const AUDIENCE_NAMES: Record<Audience, string> = NAMES.en;

/** The audiences' names in a language. */
export const audienceNames = (locale: Locale = DEFAULT_LOCALE): Record<Audience, string> => NAMES[locale];

/** "For patients and families" (「患者さんとご家族向け」), as a label on a search result. */
export const forAudience = (audience: string, locale: Locale = DEFAULT_LOCALE): string | undefined => {
  const name = NAMES[locale][audience as Audience];
  if (!name) return undefined;
  return locale === DEFAULT_LOCALE ? `For ${name.toLowerCase()}` : `${name}向け`;
};
