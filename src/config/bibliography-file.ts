import { ContentError } from '../lib/problems.ts';
import { isUnread, READ_LEVELS, SOURCE_KINDS, type ReadLevel, type SourceKind } from '../schemas/reference.ts';
import type { SourceProfile } from '../schemas/label-rules.ts';
import { idsOf, readLocated, syntaxProblems } from './content-files.ts';

/** What the citation plugins need from the bibliography before the content collections exist. */
export interface BibliographyKeys {
  /** Every citation key. */
  keys: Set<string>;
  /** The key of the study the site explains (`custom.primary`). */
  primaryKey: string | undefined;
  /**
   * References nobody here could read (`custom.read` record or reports), each with the keys of the
   * records that report it (`custom.sources`).
   */
  unread: Map<string, string[]>;
  /** Each reference's kind and read level (`custom.kind`, `custom.read`), for the label rules. */
  profiles: Map<string, SourceProfile>;
}

/** The parts of a bibliography record read before it is validated: anything may be missing or wrong. */
interface BibliographyItem {
  id?: unknown;
  custom?: { primary?: unknown; kind?: unknown; read?: unknown; sources?: unknown[] };
}

/**
 * Reads what the Markdown pipeline needs from the bibliography (astro.config.mjs), before any
 * build hook runs. Unreadable JSON stops the build here, reported at its line; every other problem
 * in the records (a missing kind or read level among them) is the content preflight's to report,
 * all at once: such a record is simply left out of `profiles` and `unread` here.
 */
export function bibliographyKeys(file: string): BibliographyKeys {
  const source = readLocated(file);
  if (source.errors.length > 0) throw new ContentError(`${file} cannot be read:`, syntaxProblems(file, source));
  const items = (Array.isArray(source.value) ? source.value : []) as Array<BibliographyItem | null>;
  const primary = items.find((item) => item?.custom?.primary === true);
  const profiles = new Map(
    items.flatMap((item): Array<[string, SourceProfile]> => {
      const { kind, read } = item?.custom ?? {};
      const valid = typeof item?.id === 'string' && SOURCE_KINDS.includes(kind as SourceKind) && READ_LEVELS.includes(read as ReadLevel);
      return valid ? [[item.id as string, { kind: kind as SourceKind, read: read as ReadLevel }]] : [];
    }),
  );
  const unread = new Map(
    items.flatMap((item): Array<[string, string[]]> => {
      const profile = typeof item?.id === 'string' ? profiles.get(item.id) : undefined;
      if (!item || !profile || !isUnread(profile.read)) return [];
      return [[item.id as string, (item.custom?.sources ?? []).filter((key): key is string => typeof key === 'string')]];
    }),
  );
  return { keys: new Set(idsOf(items).filter(Boolean)), primaryKey: typeof primary?.id === 'string' ? primary.id : undefined, unread, profiles };
}
