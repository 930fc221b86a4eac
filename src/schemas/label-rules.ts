/**
 * The label table: which certainty labels (CERTAINTY in labels.ts) the sources cited for a claim
 * allow. One table for the build and the reader: the rehype plugin that checks `<Evidence>` labels,
 * the content preflight that checks labels in data files (figure notes), and the table on the About
 * page all read it, so the page and the build can never disagree.
 *
 * A label is allowed when at least one citation in the same block allows it, with one rule that
 * needs more than one source: "Established" needs a review that was read, or at least two different
 * human studies that were read. The reasons, label by label:
 * - Established ("shown repeatedly in people, in well-conducted studies or reviews"): one study, however
 *   good, is not "repeatedly"; a review that was read, or two read studies in people, are.
 * - Supported in humans ("seen in at least one study in people"): a human study someone here read
 *   (full text or abstract). A review allows it too, as it reports such studies.
 * - Consistent with one human study: the most a source allows when nobody here could check the study
 *   itself: a press release, news item, registry, grant report, investigators' page, regulator's
 *   notice, a third party's retelling, a commentary, or any work known only from its record or from
 *   reports. Each can report that a study found an association; none shows that it did.
 * - Animal evidence only ("shown in animals; not yet shown in people"): an animal or laboratory study
 *   that was read, or a review (reviews summarise animal work). Not a press release: it would claim
 *   something was *shown*, in animals, on second-hand evidence. A human study does not allow it
 *   either: the label would say the opposite of what that study is.
 * - Hypothesis ("a proposed explanation ... not directly tested"): the weakest claim, allowed by any
 *   source, read or not, because someone citable must have proposed it; a hypothesis with no citation
 *   at all still fails, like every label.
 */
import { CERTAINTY, type Certainty } from './labels.ts';
import { isUnread, SOURCE_KINDS, type ReadLevel, type SourceKind } from './reference.ts';

/** What the label rules need to know about a reference: its kind and how much of it was read. */
export interface SourceProfile {
  kind: SourceKind;
  read: ReadLevel;
}

/** Strongest first, so a list of allowed labels reads from the top. */
const ORDER = Object.keys(CERTAINTY) as Certainty[];
const ordered = (labels: Iterable<Certainty>): Certainty[] => {
  const set = new Set(labels);
  return ORDER.filter((level) => set.has(level));
};

/** What any source allows, read or not: "Consistent with one human study" and "Hypothesis". */
const REPORTED: readonly Certainty[] = ['consistent', 'hypothesis'];

/** The labels one source of each kind allows on its own when it was read (full text or abstract). */
export const LABELS_WHEN_READ: Readonly<Record<SourceKind, readonly Certainty[]>> = {
  review: ['established', 'human', 'consistent', 'animal', 'hypothesis'],
  'human-study': ['human', 'consistent', 'hypothesis'],
  'animal-study': ['animal', 'hypothesis'],
  commentary: REPORTED,
  methods: REPORTED,
  'press-release': REPORTED,
  news: REPORTED,
  'trial-registration': REPORTED,
  'investigator-page': REPORTED,
  'regulator-notice': REPORTED,
  'grant-report': REPORTED,
  'secondary-report': REPORTED,
};

/** What a source allows when nobody here read it (only its record, or only reports of it), whatever its kind. */
export const LABELS_WHEN_UNREAD: readonly Certainty[] = REPORTED;

/** "Established" without a read review: this many different read human studies in the same block. */
export const HUMAN_STUDIES_FOR_ESTABLISHED = 2;

/** The labels one source allows on its own, strongest first. */
export function labelsAllowedBy(source: SourceProfile): Certainty[] {
  return ordered(isUnread(source.read) ? LABELS_WHEN_UNREAD : LABELS_WHEN_READ[source.kind]);
}

/**
 * The labels a block's citations allow together, strongest first: every label any one of them
 * allows, and "Established" when enough different read human studies are cited together.
 * `sources` holds one profile per distinct reference cited in the block.
 */
export function labelsAllowed(sources: readonly SourceProfile[]): Certainty[] {
  const allowed = new Set(sources.flatMap(labelsAllowedBy));
  const readHumanStudies = sources.filter((s) => s.kind === 'human-study' && !isUnread(s.read)).length;
  if (readHumanStudies >= HUMAN_STUDIES_FOR_ESTABLISHED) allowed.add('established');
  return ordered(allowed);
}

/**
 * Why a label is not allowed by the citations of its block, in words an author can act on, or
 * undefined when it is allowed. `cited` names each cited reference with its profile; `where` says
 * what the block is ("paragraph", "table row", "note 3"); `name` is what a label is called in the
 * message (authors read the English names, as the legend on the About page shows them: the words
 * are the dictionaries', which schemas do not import).
 */
export function labelProblem(
  level: Certainty,
  cited: ReadonlyMap<string, SourceProfile>,
  where: string,
  name: (level: Certainty) => string,
): string | undefined {
  const quoted = (other: Certainty) => `"${name(other)}"`;
  if (cited.size === 0) {
    return `the label ${quoted(level)} has no citation in its ${where}. Cite the source it rests on in the same ${where}, or remove the label.`;
  }
  const allowed = labelsAllowed([...cited.values()]);
  if (allowed.includes(level)) return undefined;
  const described = [...cited].map(([key, source]) => `${key} (${describeSource(source)})`).join(', ');
  const weaker = allowed.filter((other) => CERTAINTY[other].strength <= CERTAINTY[level].strength);
  const suggestion = weaker.length > 0 ? `use ${weaker.map(quoted).join(' or ')}` : 'remove the label';
  return (
    `the label ${quoted(level)} is stronger than the citations in its ${where} allow: ${described} allow at most ${allowed.map(quoted).join(', ')}. ` +
    `Either ${suggestion}, or cite a source that supports it (the label table is on the About page, #label-rules).`
  );
}

/** "review, read in abstract", "press release, read in full", "human study, known only from its record". */
export function describeSource(source: SourceProfile): string {
  const kind = source.kind.replace('-', ' ');
  return `${kind}, ${READ_WORDS[source.read]}`;
}

const READ_WORDS: Record<ReadLevel, string> = {
  'full-text': 'read in full',
  abstract: 'abstract read',
  record: 'known only from its record',
  reports: 'known only from reports of it',
};

/** Every kind, in the order the About page lists them. */
export const KINDS_IN_ORDER: readonly SourceKind[] = SOURCE_KINDS;
