/** JSON to put inside a `<script type="application/json">` (or ld+json) element: `<` is escaped, so no value can end the element early. */
export const jsonForScript = (value: unknown): string => JSON.stringify(value).replaceAll('<', '\\u003c');
