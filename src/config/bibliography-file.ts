import { ContentError } from '../lib/problems.ts';
import { idsOf, readLocated, syntaxProblems } from './content-files.ts';

/** What the citation plugins need from the bibliography before the content collections exist. */
export interface BibliographyKeys {
  /** Every citation key. */
  keys: Set<string>;
  /** The key of the study the site explains (`custom.primary`). */
  primaryKey: string | undefined;
  /** References we could not read (`custom.unread`), each with the keys of the records that report it (`custom.sources`). */
  unread: Map<string, string[]>;
}

/** The parts of a bibliography record read before it is validated: anything may be missing or wrong. */
interface BibliographyItem {
  id?: unknown;
  custom?: { primary?: unknown; unread?: unknown; sources?: unknown[] };
}

/**
 * Reads what the Markdown pipeline needs from the bibliography (astro.config.mjs), before any
 * build hook runs. Unreadable JSON stops the build here, reported at its line; every other problem
 * in the records is the content preflight's to report, all at once.
 */
export function bibliographyKeys(file: string): BibliographyKeys {
  const source = readLocated(file);
  if (source.errors.length > 0) throw new ContentError(`${file} cannot be read:`, syntaxProblems(file, source));
  const items = (Array.isArray(source.value) ? source.value : []) as Array<BibliographyItem | null>;
  const primary = items.find((item) => item?.custom?.primary === true);
  const unread = new Map(
    items.flatMap((item) =>
      item?.custom?.unread === true && typeof item.id === 'string'
        ? [[item.id, (item.custom.sources ?? []).filter((key): key is string => typeof key === 'string')] as [string, string[]]]
        : [],
    ),
  );
  return { keys: new Set(idsOf(items).filter(Boolean)), primaryKey: typeof primary?.id === 'string' ? primary.id : undefined, unread };
}
