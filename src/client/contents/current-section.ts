/**
 * The table of contents (TableOfContents.astro) marks the section being read with
 * `aria-current`: the last section whose heading has passed a reading line a quarter of the way
 * down the screen (lib/toc.ts decides, so the last short sections can still become current). A
 * section the reader jumped to stays current until they scroll by hand. On phones, picking a
 * section closes the contents block so it does not cover the section.
 */
import { activationPoints, currentSection } from '../../lib/toc.ts';
import { hashId } from '../../lib/anchor-registry.ts';
import { ID } from '../../lib/dom-names.ts';

export function initContents(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>(`#${ID.contents} a[href^="#"]`)];
  const ids = [...new Set(links.map((link) => hashId(link.hash)))];
  const sections = ids.map((id) => document.getElementById(id)).filter((el): el is HTMLElement => el !== null);
  /** A section the reader just jumped to stays current until they scroll themselves. */
  let pinned: string | undefined;
  let marked: string | undefined;
  let frame = 0;

  function mark(id: string | undefined) {
    if (id === marked) return; // most scroll frames change nothing
    marked = id;
    for (const link of links) {
      if (hashId(link.hash) === id) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
  }

  function update() {
    frame = 0;
    const offset = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
    // The reading line: a quarter of the way down the part of the screen below the header.
    const line = offset + (innerHeight - offset) / 4;
    const natural = sections.map((section) => section.getBoundingClientRect().top + scrollY - line);
    const points = activationPoints(natural, document.documentElement.scrollHeight - innerHeight);
    mark(pinned ?? sections[currentSection(points, scrollY)]?.id);
  }
  const schedule = () => (frame ||= requestAnimationFrame(update));

  function pinToHash() {
    const id = hashId(location.hash);
    pinned = ids.includes(id) ? id : undefined;
    schedule();
  }
  const unpin = () => {
    pinned = undefined;
    schedule();
  };

  pinToHash();
  addEventListener('hashchange', pinToHash);
  addEventListener('scroll', schedule, { passive: true });
  addEventListener('resize', schedule, { passive: true });
  // Any way the reader scrolls by hand: wheel, touch, keys, or dragging the scroll bar.
  for (const event of ['wheel', 'touchmove', 'keydown', 'pointerdown'] as const) addEventListener(event, unpin, { passive: true });
  // Picking a section on a phone closes the block, so the section is not hidden under the list.
  const compact = document.querySelector<HTMLDetailsElement>(`#${ID.contents} details`);
  compact?.addEventListener('click', (event) => {
    if (event.target instanceof HTMLAnchorElement) compact.open = false;
  });
}
