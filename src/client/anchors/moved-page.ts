/**
 * The page left at a moved address ([...moved].astro) sends the reader on to the new address,
 * keeping their fragment or mapping it through the registry's redirect lines, which the page
 * carries (`data-moved-to`, `data-fragments`).
 */
import { hashId, movedTarget } from '../../lib/anchor-registry.ts';
import { DATA, select } from '../../lib/dom-names.ts';

/** Goes on to the new address when this is such a page; true when it did. */
export function followMovedPage(): boolean {
  const link = document.querySelector<HTMLElement>(select(DATA.movedTo));
  const to = link?.getAttribute(DATA.movedTo);
  if (!link || !to) return false;
  const fragments = JSON.parse(link.getAttribute(DATA.movedFragments) ?? '{}') as Record<string, string>;
  location.replace(movedTarget({ to, fragments }, hashId(location.hash)));
  return true;
}
