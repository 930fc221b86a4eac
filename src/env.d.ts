// Astro's client types (import.meta.env, asset imports), for plain tsc as well as astro check.
/// <reference types="astro/client" />

// astro check understands .astro files itself; plain tsc needs to be told what importing one gives.
declare module '*.astro' {
  const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default Component;
}

// What the content preflight found about the translations (src/integrations/content-preflight/translation-status-module.ts).
declare module 'virtual:site/translation-status' {
  /** Each translated page whose English page has changed since, by its base-less path (`/ja/articles/x/`): the day of the English version it follows. */
  const englishChanged: Readonly<Record<string, { source: string }>>;
  export default englishChanged;
}
