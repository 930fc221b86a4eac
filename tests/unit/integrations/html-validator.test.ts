import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { validateHtml } from '../../../src/integrations/html-validator.ts';
import { tempFolder } from '../../support/temp-folder.ts';

const folder = tempFolder('html-');
afterAll(() => folder.remove());

const page = (body: string) =>
  `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>A page</title></head>\n<body>\n${body}\n</body>\n</html>\n`;

test("a valid page passes; a broken one fails at its page and line, with the checker's reason", { timeout: 60_000 }, async () => {
  const dir = folder.write({
    'index.html': page('<p>Fine.</p>'),
    // What the figures once did: a <details> after the <figcaption> of a <figure>.
    'articles/x/index.html': page(
      '<figure><p>A drawing.</p><figcaption>Its caption.</figcaption>\n<details><summary>In words</summary><p>It shows a synapse.</p></details></figure>',
    ),
  });
  const problems = await validateHtml(dir);
  expect(problems).toEqual([
    {
      file: path.join('articles', 'x', 'index.html'),
      line: 6,
      message: 'Element “details” not allowed as child of element “figure” in this context. (Suppressing further errors from this subtree.)',
    },
  ]);
});
