import { describe, expect, test } from 'vitest';
import { contentPaths, isArticleFile, languageOfContentFile } from '../../../src/config/content-paths.ts';

const paths = contentPaths('content');

describe('what a content file is, from where it is', () => {
  test("an article in any language is an article; a page's prose is not", () => {
    const isArticle = isArticleFile(paths);
    expect(isArticle('content/articles/what-the-study-found.mdx')).toBe(true);
    expect(isArticle('content/ja/articles/what-the-study-found.mdx')).toBe(true);
    expect(isArticle('content/pages/about.mdx')).toBe(false);
    expect(isArticle('content/ja/pages/about.mdx')).toBe(false);
    // A folder whose name only begins like the articles folder is not it.
    expect(isArticle('content/articles-draft/x.mdx')).toBe(false);
    expect(isArticle(undefined)).toBe(false);
  });

  test("a page's prose has its language's folder, like an article", () => {
    const languageOf = languageOfContentFile(paths);
    expect(paths.pages).toMatch(/^content[/\\]pages$/);
    expect(paths.translations.ja.pages).toMatch(/^content[/\\]ja[/\\]pages$/);
    expect(languageOf('content/pages/home.mdx')).toBe('en');
    expect(languageOf('content/ja/pages/home.mdx')).toBe('ja');
  });
});
