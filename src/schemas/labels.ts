/**
 * The evidence labels an article can put on a claim. Certainty says how well established a claim
 * is; provenance says where a statement about the study comes from. The legend on the About page
 * is generated from these same lists, so a label and its explanation can never drift apart.
 * `strength` is how many of a certainty label's three dots are filled, so the level is not told
 * by colour alone.
 */
export const CERTAINTY = {
  established: {
    label: 'Established',
    strength: 3,
    meaning: 'Shown repeatedly in people, in well-conducted studies or reviews.',
  },
  human: {
    label: 'Supported in humans',
    strength: 2,
    meaning: 'Seen in at least one study in people, but small, early or not yet repeated.',
  },
  consistent: {
    label: 'Consistent with one human study',
    strength: 1,
    meaning: 'One study in people found an association that fits this idea; it does not show cause and effect, and it has not been repeated.',
  },
  animal: {
    label: 'Animal evidence only',
    strength: 1,
    meaning: 'Shown in animals (usually mice or rats); not yet shown in people.',
  },
  hypothesis: {
    label: 'Hypothesis',
    strength: 0,
    meaning: 'A proposed explanation that fits the evidence but has not been directly tested.',
  },
} as const;

export const PROVENANCE = {
  'paper-via-press-release': {
    label: 'Journal article, as reported in the press release',
    meaning: "From the study's journal article, as described in the university's press release; we could not check the article itself.",
  },
  'press-release': {
    label: 'Press release',
    meaning: "The university's own description of its results.",
  },
  'trial-report': {
    label: 'Trial report',
    meaning:
      "From the peer-reviewed report of the ketamine trial by the same Keio–Yokohama group, very likely the trial the study's patients came from (not confirmed). It is not the PET paper.",
  },
  registry: {
    label: 'Trial registry',
    meaning: 'From the official registration of a clinical trial, which describes what was planned.',
  },
  news: {
    label: 'News report',
    meaning: 'From a journalist who reported on the study.',
  },
  secondary: {
    label: 'Secondary report',
    meaning: 'From a retelling by a third party (a blog or summary). Not checked against the study; treat with caution.',
  },
  'grant-report': {
    label: 'Grant report',
    meaning: "From an investigator's grant report, which may describe an early analysis rather than the final paper.",
  },
} as const;

export type Certainty = keyof typeof CERTAINTY;
export type Provenance = keyof typeof PROVENANCE;
