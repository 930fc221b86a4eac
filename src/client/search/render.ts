/**
 * Puts search results into the page. DOM methods only: the query, the index's text and the
 * glossary's names reach the page as text nodes, never through innerHTML, so nothing typed or
 * indexed can inject markup or run script.
 */
import type { Excerpt, SearchHit, SearchOutcome } from '../../lib/search/results.ts';
import { forAudience } from '../../lib/audience.ts';
import { splitByRanges } from '../../lib/search/highlight.ts';
import { MAX_QUERY_LENGTH } from '../../lib/search/results.ts';
import { suggestTerms } from '../../lib/search/synonyms.ts';
import { DATA } from '../../lib/dom-names.ts';
import { pageLocale } from '../page-locale.ts';
import { searchWords } from './words.ts';

export interface ResultsView {
  /** The live region that says what happened. */
  status: HTMLElement;
  /** The list the results go in. */
  list: HTMLElement;
}

/** What each content type is called on a result. */
function typeLabel(type: NonNullable<SearchHit['type']>): string {
  const words = searchWords();
  return { article: words.kindArticle, glossary: words.kindGlossary, references: words.kindReferences, about: words.kindAbout }[type];
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A paragraph of excerpt text with the matched words in `<mark>`. */
function excerptParagraph({ text, ranges }: Excerpt): HTMLParagraphElement {
  const p = element('p', 'excerpt');
  for (const piece of splitByRanges(text, ranges)) {
    p.append(piece.marked ? element('mark', '', piece.text) : document.createTextNode(piece.text));
  }
  return p;
}

function link(href: string, className: string, text: string): HTMLAnchorElement {
  const a = element('a', className, text);
  a.href = href;
  return a;
}

function hitItem(hit: SearchHit): HTMLLIElement {
  const item = element('li', 'result');
  const kind = [hit.type ? typeLabel(hit.type) : undefined, hit.audience ? forAudience(hit.audience, pageLocale()) : undefined]
    .filter(Boolean)
    .join(searchWords().kindSeparator);
  item.append(link(hit.href, 'result-title', hit.title));
  if (kind) item.append(element('p', 'result-kind', kind));
  if (hit.description) item.append(element('p', 'result-description', hit.description));
  if (hit.sections.length === 0) {
    item.append(excerptParagraph(hit.excerpt));
    return item;
  }
  const sections = element('ul', 'result-sections');
  for (const section of hit.sections) {
    const sectionItem = element('li', 'result-section');
    sectionItem.append(link(section.href, 'result-section-title', section.title), excerptParagraph(section.excerpt));
    sections.append(sectionItem);
  }
  item.append(sections);
  return item;
}

/** Shows a search's results, or a no-results message with glossary terms to try instead. */
export function renderOutcome(view: ResultsView, outcome: SearchOutcome): void {
  const words = searchWords();
  const shortened = outcome.cut ? words.shortened(MAX_QUERY_LENGTH) : '';
  if (outcome.hits.length === 0) {
    view.status.textContent = `${words.noResults(outcome.query)}${shortened}${words.noResultsHelp}`;
    const item = element('li', 'no-results');
    const terms = element('ul', 'suggestions');
    for (const group of suggestTerms(outcome.query, outcome.glossary)) {
      const li = document.createElement('li');
      const button = element('button', 'search-box suggestion', group.term);
      button.type = 'button';
      button.setAttribute(DATA.searchSuggestion, group.term);
      li.append(button);
      terms.append(li);
    }
    item.append(terms);
    view.list.replaceChildren(item);
    return;
  }
  const status = (shownCount: number) => {
    const shown = outcome.total > shownCount ? words.bestShown(shownCount) : '';
    view.status.textContent = `${words.resultsFor(outcome.total, outcome.query)}${shown}${shortened}${words.statusEnd}`;
  };
  status(outcome.hits.length);
  view.list.replaceChildren(...outcome.hits.map(hitItem));
  if (outcome.more) view.list.append(moreItem(view, outcome.more, outcome.total, status));
}

/** The last item of a list with more results: a button that adds the next ones above itself. */
function moreItem(view: ResultsView, more: () => Promise<SearchHit[]>, total: number, status: (shown: number) => void): HTMLLIElement {
  const item = element('li', 'more');
  const button = element('button', 'search-box', searchWords().showMore);
  button.type = 'button';
  button.addEventListener('click', async () => {
    button.disabled = true;
    const hits = await more();
    const added = hits.map(hitItem);
    item.before(...added);
    const shown = view.list.querySelectorAll(':scope > li.result').length;
    status(shown);
    // Keyboard readers go on from the first result that was added.
    added[0]?.querySelector('a')?.focus();
    if (shown >= total || hits.length === 0) item.remove();
    else button.disabled = false;
  });
  item.append(button);
  return item;
}

/** A short state message ("Searching…", an error) with no results under it. */
export function renderMessage(view: ResultsView, message: string): void {
  view.status.textContent = message;
  view.list.replaceChildren();
}
