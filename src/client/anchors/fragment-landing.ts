/**
 * Landing on `page#id` (components/anchors/FragmentRedirects.astro): fragments land just below the sticky header, whatever its
 * real height (it wraps to two rows on mid-size screens and is not sticky on phones), and an old
 * fragment goes to its new id, from the redirect lines in content/anchors.json that the page
 * carries as JSON. Both only enhance: without JavaScript the CSS offset applies and an old fragment
 * opens the top of the page.
 */
import { hashId } from '../../lib/anchor-registry.ts';
import { CLASS, DATA, select } from '../../lib/dom-names.ts';

export function initLanding(): void {
  const header = document.querySelector<HTMLElement>(`.${CLASS.siteHeader}`);
  // A page opened at a fragment lands there again whenever the header's height changes, until the
  // reader moves the page: the browser may start its own (smooth) scroll before the header has its
  // final height (a second row, once the language switch is laid out), and would end under it.
  let landing = isFreshLanding();
  for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const) addEventListener(type, () => (landing = false), { once: true, passive: true });
  let offset: number | undefined;

  /** The header covers the top of the page only while it is sticky; fragments land just below it. */
  function matchHeader() {
    const position = header ? getComputedStyle(header).position : 'static';
    const covering = Math.ceil(header && (position === 'sticky' || position === 'fixed') ? header.getBoundingClientRect().height : 0);
    if (covering === offset) return;
    const changed = offset !== undefined;
    offset = covering;
    document.documentElement.style.setProperty('--ev-landing-offset', `${covering}px`);
    if (changed && landing) landOnTarget();
  }
  matchHeader();
  if (header) new ResizeObserver(matchHeader).observe(header);
  addEventListener('resize', matchHeader, { passive: true });
  if (landing) landOnTarget();

  const data = document.querySelector(`script${select(DATA.fragmentRedirects)}`)?.textContent;
  const redirects = data ? (JSON.parse(data) as Record<string, string>) : {};

  /** An id that is no longer on the page but has a redirect line goes to its new place, without a history entry. */
  function followOldFragment() {
    const id = hashId(location.hash);
    const target = redirects[id];
    if (id && target && !document.getElementById(id)) location.replace(target);
  }
  followOldFragment();
  addEventListener('hashchange', followOldFragment);
}

/**
 * Whether this visit opened the page at a fragment: a new visit, not a reload or a step back, where
 * the browser restores where the reader was.
 */
function isFreshLanding(): boolean {
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return (!navigation || navigation.type === 'navigate') && hashId(location.hash) !== '';
}

/**
 * The browser may scroll to the fragment before this script runs, with the stylesheet's estimate of
 * the header's height: land on the target again now that the real height is known.
 */
function landOnTarget(): void {
  document.getElementById(hashId(location.hash))?.scrollIntoView({ block: 'start' });
}
