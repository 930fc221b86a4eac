import path from 'node:path';

/**
 * Where the content lives. `SITE_CONTENT_DIR` points a build at another content folder; the
 * broken-site fixtures under tests/fixtures use it to prove that bad input fails the build.
 */
export function contentPaths(root = process.env['SITE_CONTENT_DIR'] ?? 'content') {
  return {
    root,
    articles: path.join(root, 'articles'),
    references: path.join(root, 'references', 'references.json'),
    studyCard: path.join(root, 'references', 'primary-study.yaml'),
    glossary: path.join(root, 'glossary', 'terms.yaml'),
    /** The registry of public pages and ids, and redirects (see src/schemas/anchors.ts). */
    anchors: path.join(root, 'anchors.json'),
    figures: path.join(root, 'figures', 'figures.yaml'),
  };
}
