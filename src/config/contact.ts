/**
 * Where readers send corrections. The project has no contact address of its own, so none is
 * built in: whoever publishes a copy of the site sets `SITE_CONTACT_URL` at build time, either a
 * web address (an issue tracker, a form) or a `mailto:` address. Unset, the About page says
 * plainly how to report an error without one.
 */
export function contactUrl(env: Record<string, string | undefined> = process.env): string | undefined {
  const value = env['SITE_CONTACT_URL']?.trim();
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `SITE_CONTACT_URL is "${value}", which is not a full address. Use https://… (a form or issue tracker) or mailto:name@example.org, or leave it unset.`,
    );
  }
  if (!['https:', 'http:', 'mailto:'].includes(url.protocol)) {
    throw new Error(`SITE_CONTACT_URL must start with https:, http: or mailto:; got "${value}".`);
  }
  return url.href;
}
