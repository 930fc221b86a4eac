/** The README's structure names every folder of src/, so the map a newcomer reads is the tree they find. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const readme = readFileSync('README.md', 'utf8');
const map = /## Structure[\s\S]*?```\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';

function folders(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((e) => [path.join(dir, e.name), ...folders(path.join(dir, e.name))]);
}

test('the README map names every folder of src/', () => {
  const missing = folders('src').filter((folder) => !map.includes(`${path.basename(folder)}/`));
  expect(missing, 'add these folders to the structure in README.md, saying what each holds').toEqual([]);
});
