import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readLocated } from './content-files.ts';

/**
 * A content collection read from a YAML or JSON list of items with ids (`- id: …`, `[{ "id": … }]`)
 * by the same reader and parser as the config readers and the content preflight
 * (content-files.ts): every content data file is read one way, so what the preflight checked is
 * what the pages get. The preflight has reported any problem at its line before this runs; Astro
 * validates each item with the collection's schema. In `astro dev` a change to the file reloads it.
 */
export function dataFile(file: string): Loader {
  return {
    name: 'data-file',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const absolute = path.resolve(root, file);
      if (!existsSync(absolute)) {
        context.logger.warn(`${file} does not exist; the collection is empty.`);
        return;
      }
      const relative = path.relative(root, absolute).split(path.sep).join('/');
      await load(absolute, relative, context);
      context.watcher?.add(absolute);
      context.watcher?.on('change', (changed) => {
        if (path.resolve(changed) === absolute) void load(absolute, relative, context);
      });
    },
  };
}

async function load(file: string, relative: string, { store, parseData, generateDigest }: LoaderContext): Promise<void> {
  const { value } = readLocated(file);
  store.clear();
  for (const item of Array.isArray(value) ? (value as Array<Record<string, unknown>>) : []) {
    const id = item['id'];
    if (typeof id !== 'string') continue;
    store.set({ id, data: await parseData({ id, data: item, filePath: file }), filePath: relative, digest: generateDigest(item) });
  }
}
