import { distance } from 'fastest-levenshtein';

/**
 * The known key nearest to a mistyped one, if it is plausibly a typo: used in error hints
 * ("Did you mean …?") for citation keys, glossary ids and figure names. A candidate counts when it
 * is within a third of the key's length (at least two edits) of it.
 */
export function closest(key: string, keys: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(key.length / 3)) + 1;
  for (const candidate of keys) {
    const d = distance(key, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}
