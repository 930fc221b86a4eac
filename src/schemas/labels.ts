/**
 * The evidence labels an article can put on a claim. Certainty says how well established a claim
 * is; provenance says where a statement about the study comes from. These are the keys articles
 * and data files write (`<Evidence level="human" />`, `<Source from="press-release" />`); what each
 * label is called and what it means, in each language, is in the dictionaries (lib/i18n, `labels`),
 * keyed the same way, and the legend on the About page is generated from both, so a label and its
 * explanation can never drift apart.
 */

/** `strength` is how many of a certainty label's three dots are filled, so the level is not told by colour alone. */
export const CERTAINTY = {
  established: { strength: 3 },
  human: { strength: 2 },
  consistent: { strength: 1 },
  animal: { strength: 1 },
  hypothesis: { strength: 0 },
} as const;

/** `caution`: the label is drawn in the caution colour (a third party's retelling, not checked against the study). */
export const PROVENANCE = {
  'paper-via-press-release': { caution: false },
  'press-release': { caution: false },
  'trial-report': { caution: false },
  registry: { caution: false },
  news: { caution: false },
  secondary: { caution: true },
  'grant-report': { caution: false },
} as const;

export type Certainty = keyof typeof CERTAINTY;
export type Provenance = keyof typeof PROVENANCE;
