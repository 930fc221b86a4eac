import { normaliseBase } from '../lib/site.ts';

/**
 * Where the site will be served. Set `SITE_URL` (the origin, used for canonical and shared links)
 * and `BASE_PATH` (a sub-folder such as `/ketamine-ampa/`) when building for a host; the defaults
 * match `npm start` on this machine.
 */
export function deployment(env: Record<string, string | undefined> = process.env) {
  return {
    site: env['SITE_URL'] ?? 'http://localhost:4321',
    base: normaliseBase(env['BASE_PATH'] ?? '/'),
  };
}
