import type { AUDIENCES } from '../schemas/article.ts';

/**
 * What each audience is called wherever the site names it: the article's "Written for", the search
 * filter and the search results ("For …"). Kept apart from the schema so browser code can use it
 * without bundling zod.
 */
export const AUDIENCE_NAMES: Record<(typeof AUDIENCES)[number], string> = {
  patients: 'Patients and families',
  clinicians: 'Clinicians',
  everyone: 'Everyone',
};

/** "For patients and families", as a label on a search result. */
export const forAudience = (audience: string): string | undefined => {
  const name = AUDIENCE_NAMES[audience as keyof typeof AUDIENCE_NAMES];
  return name && `For ${name.toLowerCase()}`;
};
