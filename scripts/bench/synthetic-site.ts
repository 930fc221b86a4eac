import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Writes a content folder for build benchmarks: the real site's content (articles, references,
 * glossary) plus `count` synthetic articles shaped like real ones (frontmatter with takeaways,
 * sections with explicit ids, citations, a table, a list). Their text says only that they are
 * synthetic: they are never published. Returns the folder, for `SITE_CONTENT_DIR`.
 */
export function writeSyntheticSite(dir: string, count: number, source = 'content'): string {
  cpSync(source, dir, { recursive: true });
  const references = JSON.parse(readFileSync(path.join(source, 'references', 'references.json'), 'utf8')) as Array<{
    id: string;
    custom?: { primary?: boolean };
  }>;
  const primary = references.find((r) => r.custom?.primary)?.id ?? references[0]?.id;
  const keys = references.map((r) => r.id);
  mkdirSync(path.join(dir, 'articles'), { recursive: true });
  for (let n = 1; n <= count; n++) {
    const name = `synthetic-${String(n).padStart(4, '0')}`;
    writeFileSync(path.join(dir, 'articles', `${name}.mdx`), syntheticArticle(n, primary ?? '', keys));
  }
  return dir;
}

function syntheticArticle(n: number, primary: string, keys: readonly string[]): string {
  const key = (i: number) => keys[(n + i) % keys.length] ?? primary;
  const section = (i: number) => `## Synthetic section ${i} \\{#section-${i}}

Synthetic article ${n}, section ${i}. This text exists only to measure how the build grows with the number of articles [@${primary}].
A second sentence cites two records at once, as real articles do [@${key(i)}; @${key(i + 7)}].

- A list item that cites a record [@${key(i + 3)}].
- A plain list item with a [link to the first section](#section-1).

| Column | Value |
| --- | --- |
| Row ${i} | A table cell with a citation [@${key(i + 5)}] |
`;
  return `---
title: Synthetic benchmark article ${n}
description: A generated article, used only to measure how long the site takes to build at this size.
audience: everyone
topics: [benchmark]
reviewed: 2026-11-26
nextReview: 2027-05-26
history:
  - date: 2026-11-26
    kind: published
    summary: Generated for the build benchmark.
order: ${1000 + n}
takeaways:
  - id: takeaway-synthetic-one
    text: This synthetic article exists only for the build benchmark.
  - id: takeaway-synthetic-two
    text: Its sections have explicit ids and cite real bibliography keys.
  - id: takeaway-synthetic-three
    text: It is generated into a temporary folder and never published.
---

${[1, 2, 3, 4].map(section).join('\n')}
## What this does not show \\{#what-this-does-not-show}

Synthetic text shows nothing; it only takes up the space a real section would [@${primary}].
`;
}
