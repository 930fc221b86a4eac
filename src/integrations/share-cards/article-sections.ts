/**
 * The shareable places of a built article page: every section heading and every claim or
 * takeaway that carries a public id (`[data-anchor][id]`, the ones with a copy-link control),
 * each with what its link preview says.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { clipText, descriptionLimit, isJapanese } from './clip-text.ts';
import { type EvidenceLabel, type OutlineItem, outline } from './page-outline.ts';
import { plainText } from './plain-text.ts';

export type { EvidenceLabel } from './page-outline.ts';

/** One place on a page that a share link can lead to. */
export interface ShareableSection {
  /** The public id: the `#fragment` of the article URL. */
  id: string;
  kind: 'section' | 'claim';
  /**
   * What the preview and the card name the place by: a section's heading; a claim's own lead-in
   * (`<strong>Before treatment.</strong>` → "Before treatment"), else its first sentence, else its
   * first words to a word or phrase boundary.
   */
  heading: string;
  /** For a claim: the heading of the section it sits in ("Key takeaways"), if there is one. */
  context: string | undefined;
  /** Plain text, at most about 200 characters (100 in Japanese), ending at a word or phrase. */
  description: string;
  /** `section`: the place's own opening; `article`: it has none, so the article's description. */
  descriptionFrom: 'section' | 'article';
  /** The certainty label the place carries: one label that all of its labels agree on, else none. */
  evidence: EvidenceLabel | undefined;
}

/** An article page, read for its share pages. */
export interface ArticleSections {
  /** `<html lang>`, `en` when missing. */
  lang: string;
  /** The article's title: its `<h1>`, else `og:title`, else `<title>`. */
  title: string;
  /** What the page's own link preview calls it (`og:title`); empty on a page without preview tags. */
  ogTitle: string;
  /** `<meta name="description">`, else `og:description`. */
  description: string;
  /** `<link rel="canonical">`, when the page has one. */
  canonical: string | undefined;
  sections: ShareableSection[];
}

/** Limits, in characters; the defaults suit English and Japanese (see DESCRIPTION_LIMIT). */
export interface SectionOptions {
  /** Longest description. */
  maxDescription?: number;
  /** Longest heading made from a claim's words. */
  maxClaimHeading?: number;
}

/**
 * Reads a built article page (its HTML text, or the tree the post-build pipeline already parsed).
 * Never throws on a page without sections: it returns an empty list.
 *
 * @example readArticleSections(html).sections[0] // { id: 'in-one-paragraph', kind: 'section', heading: 'The study in one paragraph', … }
 */
export function readArticleSections(page: string | Root, options: SectionOptions = {}): ArticleSections {
  const tree = typeof page === 'string' ? fromHtml(page) : page;
  const head = readHead(tree);
  const main = firstElement(tree, (el) => el.tagName === 'main') ?? tree;
  const items = outline(main);
  const h1 = items.find((i): i is Extract<OutlineItem, { type: 'heading' }> => i.type === 'heading' && i.el.tagName === 'h1');
  const title = h1?.text || head.ogTitle || head.title;
  const limits = {
    description: options.maxDescription ?? descriptionLimit(head.lang),
    claimHeading: options.maxClaimHeading ?? (isJapanese(head.lang) ? 35 : 70),
  };
  const fallback = clipText(head.description, limits.description, head.lang);
  const sections: ShareableSection[] = [];
  items.forEach((item, index) => {
    if (item.type === 'heading' && isPublic(item.el, 'section')) sections.push(sectionAt(items, index, fallback, head.lang, limits.description));
    if (item.type === 'claim' && isPublic(item.el, 'claim')) sections.push(claimAt(items, index, fallback, head.lang, limits));
  });
  return { lang: head.lang, title, ogTitle: head.ogTitle, description: head.description, canonical: head.canonical, sections };
}

function sectionAt(items: OutlineItem[], index: number, fallback: string, lang: string, max: number): ShareableSection {
  const heading = items[index] as Extract<OutlineItem, { type: 'heading' }>;
  const next = items.findIndex((item, i) => i > index && item.type === 'heading');
  const blocks = blocksOf(items.slice(index + 1, next === -1 ? undefined : next)).filter((b) => b.prose);
  // The section's own words come before its first claim; a section that opens with a claim is described by it.
  const firstClaim = blocks.findIndex((b) => b.claim !== undefined);
  const own = firstClaim > 0 ? blocks.slice(0, firstClaim) : blocks;
  const opening = joinBlocks(
    own.map((b) => b.text),
    lang,
  );
  return {
    id: String(heading.el.properties['id']),
    kind: 'section',
    heading: heading.text,
    context: undefined,
    description: opening ? clipText(opening, max, lang) : fallback,
    descriptionFrom: opening ? 'section' : 'article',
    evidence: agreedLabel(blocks.flatMap((b) => b.labels)),
  };
}

function claimAt(items: OutlineItem[], index: number, fallback: string, lang: string, max: { description: number; claimHeading: number }): ShareableSection {
  const claim = (items[index] as Extract<OutlineItem, { type: 'claim' }>).el;
  const blocks = blocksOf(items).filter((b) => b.claim === claim);
  const context = items.slice(0, index).findLast((i) => i.type === 'heading');
  const lead = blocks[0]?.lead?.replace(/[.:。：]$/u, '');
  const named = lead
    ? { heading: lead, rest: joinBlocks([blocks[0]?.rest ?? '', ...blocks.slice(1).map((b) => b.text)], lang) }
    : claimName(
        joinBlocks(
          blocks.map((b) => b.text),
          lang,
        ),
        max.claimHeading,
        lang,
      );
  const description = named.rest;
  return {
    id: String(claim.properties['id']),
    kind: 'claim',
    heading: named.heading || context?.text || '',
    context: context?.text,
    description: description ? clipText(description, max.description, lang) : fallback,
    descriptionFrom: description ? 'section' : 'article',
    evidence: agreedLabel(blocks.flatMap((b) => b.labels)),
  };
}

/**
 * A claim without a lead-in is named by its first sentence if that is short (and the rest of it
 * describes it), else by its first words (and all of it describes it).
 */
export function claimName(text: string, max: number, lang: string): { heading: string; rest: string } {
  const sentence = isJapanese(lang) ? /^[^。！？]+[。！？]/u.exec(text)?.[0] : /^.+?[.!?](?=\s|$)/u.exec(text)?.[0];
  const rest = sentence ? text.slice(sentence.length).trim() : '';
  if (sentence && Array.from(sentence).length <= max) return { heading: sentence.replace(/[.。]$/u, ''), rest: rest || text };
  return { heading: clipText(text, max, lang), rest: text };
}

/** Blocks of text read one after another: a space between them, none in Japanese. */
function joinBlocks(texts: string[], lang: string): string {
  return texts.filter(Boolean).join(isJapanese(lang) ? '' : ' ');
}

function blocksOf(items: OutlineItem[]) {
  return items.filter((i): i is Extract<OutlineItem, { type: 'block' }> => i.type === 'block');
}

/**
 * The one label all of a place's labels agree on. A section that mixes "Supported in humans" with
 * "Animal evidence only" gets none: a card showing either would overstate or understate it.
 */
export function agreedLabel(labels: EvidenceLabel[]): EvidenceLabel | undefined {
  const levels = new Set(labels.map((l) => l.level));
  return levels.size === 1 ? labels[0] : undefined;
}

const isPublic = (el: Element, kind: string) => el.properties['dataAnchor'] === kind && typeof el.properties['id'] === 'string' && el.properties['id'] !== '';

function readHead(tree: Root) {
  const html = firstElement(tree, (el) => el.tagName === 'html');
  const meta = (key: 'name' | 'property', value: string) => {
    const el = firstElement(tree, (e) => e.tagName === 'meta' && e.properties[key] === value);
    return el ? String(el.properties['content'] ?? '').trim() : '';
  };
  const titleEl = firstElement(tree, (el) => el.tagName === 'title');
  const canonical = firstElement(tree, (el) => el.tagName === 'link' && Array.isArray(el.properties['rel']) && el.properties['rel'].includes('canonical'));
  return {
    lang: String(html?.properties['lang'] ?? '').trim() || 'en',
    title: titleEl ? plainText(titleEl) : '',
    ogTitle: meta('property', 'og:title'),
    description: meta('name', 'description') || meta('property', 'og:description'),
    canonical: canonical ? String(canonical.properties['href']) : undefined,
  };
}

function firstElement(tree: Root | Element, test: (el: Element) => boolean): Element | undefined {
  let found: Element | undefined;
  visit(tree, 'element', (el) => {
    if (found) return false;
    if (test(el)) found = el;
    return undefined;
  });
  return found;
}
