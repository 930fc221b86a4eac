// Astro's client types (import.meta.env, asset imports), for plain tsc as well as astro check.
/// <reference types="astro/client" />

// astro check understands .astro files itself; plain tsc needs to be told what importing one gives.
declare module '*.astro' {
  const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default Component;
}
