/**
 * Components an article can use without importing them: the article page passes this map to
 * MDX's `<Content components={...} />`.
 */
import Claim from './Claim.astro';
import Evidence from './Evidence.astro';
import Figure from './Figure.astro';
import ForClinicians from './ForClinicians.astro';
import Limits from './Limits.astro';
import Source from './Source.astro';

export const articleComponents = { Claim, Evidence, Figure, ForClinicians, Limits, Source };
