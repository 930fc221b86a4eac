import type { Element, ElementContent, Root, Text } from 'hast';
import { h } from 'hastscript';
import { u } from 'unist-builder';
import { SKIP, visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { closest } from '../lib/closest.ts';
import { isJsxElement, jsxAttribute } from './mdx-jsx.ts';
import { failAll, type PluginProblem } from './problems.ts';
import { CLASS, DATA } from '../lib/dom-names.ts';

/** The parts of a glossary term this plugin needs (a `GlossaryTerm` from the glossary schema fits). */
export interface GlossaryEntry {
  /** Anchor on the glossary page. */
  id: string;
  /** The term as written, e.g. "Positron emission tomography". */
  term: string;
  /** Short forms, matched case-sensitively and marked up as `<abbr>`, e.g. "PET". */
  abbreviations?: readonly string[];
  /** Other names for the same thing, e.g. "PET scan". */
  aliases?: readonly string[];
  /** False: never linked automatically, only by `<Term id>` (for everyday words with other meanings). */
  autoLink?: boolean;
}

export interface Options {
  /** Every glossary term. */
  terms: readonly GlossaryEntry[];
  /** The glossary page's path, base path included, e.g. "/glossary/"; a term links to `<href>#<id>`. */
  href: string;
  /**
   * Components whose content is not searched for first uses, such as `ForClinicians` (closed by
   * default, so a link there would hide the first explanation from most readers).
   */
  skipComponents?: readonly string[];
}

interface Form {
  entry: GlossaryEntry;
  abbreviation: boolean;
}

/** Text inside these is never linked: headings stay plain, links cannot nest, code is literal. */
const SKIP_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'abbr', 'code', 'pre', 'kbd', 'samp', 'script', 'style', 'svg', 'math', 'button', 'sup']);
/** The component an author writes to link a term by hand: `<Term id="pet">PET scans</Term>`. */
const TERM_COMPONENT = 'Term';
/** A form with two capitals in a row ("PET", "mTOR", "NMDA receptor") is an acronym and must match its case. */
const ACRONYM = /\p{Lu}{2}/u;
/**
 * A letter of a script written without spaces between words (kanji, hiragana, katakana): a form
 * starting or ending with one has no word boundary to respect there, so うつ病 is found in
 * 治療抵抗性うつ病の人 (the longer form, listed first, takes the text when it is a term too).
 */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** Around any other form, no Latin letter or digit: "PET" in "PET scans" and "PET検査", not in "PETRA". */
const BEFORE = '(?<![\\p{Script=Latin}\\p{N}])';
const AFTER = '(?![\\p{Script=Latin}\\p{N}])';
/** A plural ending, allowed after a form that does not end in a script without spaces. */
const PLURAL = '(?:s|es)?';

/**
 * Links the first use of each glossary term in an article to its glossary entry (`data-term` names
 * it for the popover, which loads the definitions itself), and marks abbreviations up with `<abbr>`
 * and their expansion (read by screen readers and indexed by search, hidden on screen).
 *
 * ```md
 * A PET scan shows receptors. Another PET scan.
 * ```
 * becomes
 * ```html
 * <p>A <a class="glossary-term" href="/glossary/#pet" data-term="pet"><abbr>PET</abbr><span class="sr-only">
 *   (Positron emission tomography)</span></a>
 *   scan shows receptors. Another PET scan.</p>
 * ```
 *
 * Matches the term, its aliases (both in any case, plural "s" allowed) and abbreviations (exact
 * case), longest first, within one text node; terms with `autoLink: false` only by `<Term>`. A form
 * is a whole word: no Latin letter or digit next to it ("PET" in "PET検査" but not in "PETRA"), and no
 * boundary at all at an end written in kanji or kana, which have no spaces between words
 * (治療抵抗性うつ病の人). Where forms overlap, the first and longest is linked; a form inside a longer
 * one is never linked, even when the longer one's term already is: うつ病 is never linked inside
 * 治療抵抗性うつ病.
 * Never inside headings, links, citations, code or the `skipComponents`. `<Term id="…">text</Term>` links a chosen place instead; a term written
 * that way is not linked automatically in the same file. An unknown `<Term>` id, or a `<Term>`
 * inside a heading, link or code, fails the file with its line. Run after the citation plugins,
 * so citations are already links.
 */
export function rehypeGlossaryTerms(options: Options) {
  const byId = new Map(options.terms.map((entry) => [entry.id, entry]));
  const forms = formTable(options.terms);
  const matchers = [matcher([...forms.insensitive.keys()], 'giu'), matcher([...forms.sensitive.keys()], 'gu')].filter((m) => m !== undefined);
  const skipComponents = new Set(options.skipComponents ?? []);
  const link = (entry: GlossaryEntry, children: ElementContent[]): Element =>
    h(`a.${CLASS.glossaryTerm}`, { href: `${options.href}#${entry.id}`, [DATA.term]: entry.id }, children);

  return function transform(tree: Root, file: VFile) {
    const problems: PluginProblem[] = [];
    const linked = new Set<string>();

    // Terms an author placed by hand are theirs to place: collect them first, so the automatic
    // pass does not link the same term somewhere else.
    visitParents(tree, (node, ancestors) => {
      if (!isJsxElement(node, TERM_COMPONENT)) return;
      const line = node.position?.start.line;
      const id = jsxAttribute(node, 'id');
      const entry = typeof id === 'string' ? byId.get(id) : undefined;
      const blocked = ancestors.find((a): a is Element => a.type === 'element' && SKIP_TAGS.has(a.tagName));
      if (typeof id !== 'string') {
        problems.push({ line, message: `<Term> needs an id written as a plain string, e.g. <Term id="pet">PET scans</Term>.` });
      } else if (!entry) {
        const near = closest(id, byId.keys());
        problems.push({
          line,
          message: `<Term id="${id}"> names no glossary term.${near ? ` Did you mean "${near}"?` : ''} Use an id from content/glossary/terms.yaml, or add the term there.`,
        });
      } else if (blocked) {
        problems.push({ line, message: `<Term id="${id}"> is inside <${blocked.tagName}>, where a glossary link cannot go. Move it into the text around it.` });
      } else {
        linked.add(entry.id);
      }
    });

    visitParents(tree, (node, ancestors) => {
      const parent = ancestors.at(-1);
      if (!parent || !('children' in parent)) return undefined;
      const index = (parent.children as unknown[]).indexOf(node);
      if (isJsxElement(node, TERM_COMPONENT)) {
        const entry = byId.get(String(jsxAttribute(node, 'id')));
        const children = node.children.length > 0 ? (node.children as ElementContent[]) : [u('text', entry?.term ?? '')];
        if (entry) parent.children.splice(index, 1, link(entry, children));
        return SKIP;
      }
      if (isSkipped(node, skipComponents)) return SKIP;
      if (node.type !== 'text') return undefined;

      const pieces = split(node, matchers, forms, linked, link);
      if (pieces.length === 1) return undefined;
      parent.children.splice(index, 1, ...(pieces as Array<typeof node>));
      return [SKIP, index + pieces.length];
    });

    failAll(file, problems);
  };
}

/** Every way a term can be written, by the exact text (acronyms) or lowercased text (words). */
function formTable(terms: readonly GlossaryEntry[]) {
  const sensitive = new Map<string, Form>();
  const insensitive = new Map<string, Form>();
  const add = (text: string, entry: GlossaryEntry, abbreviation: boolean) => {
    const acronym = abbreviation || ACRONYM.test(text);
    const table = acronym ? sensitive : insensitive;
    const key = acronym ? text : text.toLowerCase();
    const taken = table.get(key);
    if (taken && taken.entry.id !== entry.id) {
      throw new Error(
        `content/glossary/terms.yaml: "${text}" is listed for both "${taken.entry.id}" and "${entry.id}", so a glossary link could not tell them apart. Keep it on one term.`,
      );
    }
    if (!taken || abbreviation) table.set(key, { entry, abbreviation });
  };
  for (const entry of terms.filter((t) => t.autoLink !== false)) {
    add(entry.term, entry, false);
    for (const alias of entry.aliases ?? []) add(alias, entry, false);
    for (const abbreviation of entry.abbreviations ?? []) add(abbreviation, entry, true);
  }
  return { sensitive, insensitive };
}

/**
 * One regular expression for a set of forms, longest first so "PET scan" wins over "PET" and
 * 治療抵抗性うつ病 over うつ病. Each form carries its own boundaries: none at an end written in a
 * script without spaces, no Latin letter or digit at any other end (and a plural ending after a Latin one).
 */
function matcher(forms: string[], flags: string): RegExp | undefined {
  if (forms.length === 0) return undefined;
  const alternatives = forms.sort((a, b) => b.length - a.length).map(bounded);
  return new RegExp(`(?:${alternatives.join('|')})`, flags);
}

function bounded(form: string): string {
  const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const [first, last] = [form.at(0) ?? '', form.at(-1) ?? ''];
  const before = UNSPACED.test(first) ? '' : BEFORE;
  const after = UNSPACED.test(last) ? '' : `${PLURAL}${AFTER}`;
  return `${before}${escaped}${after}`;
}

/**
 * Splits a text node around the first uses of terms not yet linked; returns it alone when there are
 * none. Where forms overlap, the one that starts first (then the longer) is linked. A form whose
 * term is already linked still takes the forms inside it, so うつ病 is never linked inside a later
 * 治療抵抗性うつ病 (nor グルタミン酸 inside AMPA型グルタミン酸受容体); a form that only overlaps it
 * may still be linked ("receptor density" in a later "AMPA receptor density").
 */
function split(
  node: Text,
  matchers: RegExp[],
  forms: ReturnType<typeof formTable>,
  linked: Set<string>,
  link: (entry: GlossaryEntry, children: ElementContent[]) => Element,
): ElementContent[] {
  const found: Array<{ start: number; end: number; form: Form; text: string }> = [];
  for (const re of matchers) {
    for (const match of node.value.matchAll(re)) {
      const form = formOf(match[0], forms);
      if (form) found.push({ start: match.index, end: match.index + match[0].length, form, text: match[0] });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);

  const pieces: ElementContent[] = [];
  // Text before `written` is in `pieces`; `hidden` is the last form found whose term was already linked.
  let written = 0;
  let hidden = { start: 0, end: 0 };
  for (const hit of found) {
    if (hit.start < written || (hit.start >= hidden.start && hit.end <= hidden.end)) continue;
    if (linked.has(hit.form.entry.id)) {
      hidden = hit;
      continue;
    }
    linked.add(hit.form.entry.id);
    if (hit.start > written) pieces.push(u('text', node.value.slice(written, hit.start)));
    const { entry, abbreviation } = hit.form;
    pieces.push(link(entry, abbreviation ? [h('abbr', hit.text), h('span.sr-only', ` (${entry.term})`)] : [u('text', hit.text)]));
    written = hit.end;
  }
  if (pieces.length === 0) return [node];
  if (written < node.value.length) pieces.push(u('text', node.value.slice(written)));
  return pieces;
}

/** The form a match was written as: itself, or without its plural ending ("PET scans" → "PET scan"). */
function formOf(text: string, forms: ReturnType<typeof formTable>): Form | undefined {
  for (const written of [text, text.replace(/es$/, ''), text.replace(/s$/, '')]) {
    const form = forms.sensitive.get(written) ?? forms.insensitive.get(written.toLowerCase());
    if (form) return form;
  }
  return undefined;
}

/** Headings, links, code, citations and the skipped components are left as they are. */
function isSkipped(node: { type: string }, skipComponents: ReadonlySet<string>): boolean {
  if (node.type === 'element') {
    const element = node as Element;
    const classes = element.properties['className'];
    return SKIP_TAGS.has(element.tagName) || (Array.isArray(classes) && classes.includes('citation'));
  }
  return isJsxElement(node) && node.name !== null && skipComponents.has(node.name);
}
