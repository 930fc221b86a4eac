/**
 * Browser-side search over the Pagefind index. Results are built with DOM methods only: the
 * query and the index's excerpts never reach innerHTML, so nothing typed can be injected.
 */

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: PagefindSubResult[];
}
interface PagefindApi {
  search(query: string): Promise<{ results: Array<{ data(): Promise<PagefindData> }> }>;
}

let pagefind: Promise<PagefindApi> | undefined;

function loadPagefind(base: string): Promise<PagefindApi> {
  // The index is written by the build, so it can only be loaded at run time, from the site itself.
  pagefind ??= import(/* @vite-ignore */ `${base.replace(/\/?$/, '/')}pagefind/pagefind.js`) as Promise<PagefindApi>;
  return pagefind;
}

/** Turns Pagefind's excerpt (text with `<mark>` around matches) into safe DOM nodes. */
export function excerptNodes(excerpt: string): Node[] {
  const nodes: Node[] = [];
  const parts = excerpt.split(/(<mark>.*?<\/mark>)/g);
  const decode = (html: string) => new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
  for (const part of parts) {
    if (!part) continue;
    const marked = /^<mark>(.*)<\/mark>$/.exec(part);
    if (marked) {
      const mark = document.createElement('mark');
      mark.textContent = decode(marked[1] ?? '');
      nodes.push(mark);
    } else {
      nodes.push(document.createTextNode(decode(part)));
    }
  }
  return nodes;
}

export async function runSearch(query: string, ui: { status: HTMLElement; list: HTMLElement; base: string }) {
  const trimmed = query.trim().slice(0, 200);
  ui.list.replaceChildren();
  if (!trimmed) {
    ui.status.textContent = '';
    return;
  }
  ui.status.textContent = 'Searching…';
  const api = await loadPagefind(ui.base);
  const search = await api.search(trimmed);
  const data = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
  ui.status.textContent = data.length === 0 ? `No results for “${trimmed}”.` : `${search.results.length} result(s) for “${trimmed}”.`;

  for (const result of data) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.className = 'result-title';
    link.href = result.url;
    link.textContent = result.meta.title ?? result.url;
    const excerpt = document.createElement('p');
    excerpt.append(...excerptNodes(result.excerpt));
    item.append(link, excerpt);

    const subs = result.sub_results.filter((s) => s.url !== result.url).slice(0, 3);
    if (subs.length > 0) {
      const subList = document.createElement('ul');
      subList.className = 'sub-results';
      for (const sub of subs) {
        const subItem = document.createElement('li');
        const subLink = document.createElement('a');
        subLink.href = sub.url;
        subLink.textContent = sub.title;
        const subExcerpt = document.createElement('p');
        subExcerpt.append(...excerptNodes(sub.excerpt));
        subItem.append(subLink, subExcerpt);
        subList.append(subItem);
      }
      item.append(subList);
    }
    ui.list.append(item);
  }
}
