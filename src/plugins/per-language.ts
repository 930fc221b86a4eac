import type { Root } from 'hast';
import type { VFile } from 'vfile';

export interface Options<PluginOptions> {
  /** The plugin to run, as unified takes it: options in, a transformer out. */
  plugin: (options: PluginOptions) => (tree: Root, file: VFile) => void;
  /** Its options for each language; a file in a language with no entry here is left alone. */
  options: Readonly<Record<string, PluginOptions>>;
  /**
   * The language of a file, from its path (config/content-paths.ts `languageOfContentFile`);
   * `undefined` for a file the plugin must leave alone (a page's prose, for an article-only plugin).
   */
  languageOf: (path: string | undefined) => string | undefined;
}

/**
 * A plugin that runs `plugin` with the options of each file's language: an article in
 * `content/ja/` links its glossary terms to the Japanese glossary and its site links to the
 * Japanese pages, with the same plugin code. The plugin is set up once per language, not per file.
 *
 * Returns a new function each time, named after the plugin it wraps: unified keeps one use per
 * plugin function, so two wrapped plugins in one list must not share a function.
 *
 * ```ts
 * perLanguage({ plugin: rehypeBaseLinks, options: { en: { base: '/' }, ja: { base: '/ja/' } }, languageOf })
 * ```
 */
export function perLanguage<PluginOptions>({ plugin, options, languageOf }: Options<PluginOptions>) {
  const transformers = new Map(Object.entries(options).map(([language, values]) => [language, plugin(values)]));
  const attacher = () =>
    function transform(tree: Root, file: VFile) {
      const language = languageOf(file.path);
      if (language !== undefined) transformers.get(language)?.(tree, file);
    };
  return Object.defineProperty(attacher, 'name', { value: plugin.name });
}
