import { describe, expect, test } from 'vitest';
import { contactUrl } from '../../../src/config/contact.ts';

describe('contact address for error reports', () => {
  test('is absent unless the publisher sets one', () => {
    expect(contactUrl({})).toBeUndefined();
    expect(contactUrl({ SITE_CONTACT_URL: '  ' })).toBeUndefined();
  });

  test('accepts a web address or a mailto: address', () => {
    expect(contactUrl({ SITE_CONTACT_URL: 'https://example.org/corrections' })).toBe('https://example.org/corrections');
    expect(contactUrl({ SITE_CONTACT_URL: ' mailto:editor@example.org ' })).toBe('mailto:editor@example.org');
  });

  test('refuses a value that is not a usable address, saying what to write', () => {
    expect(() => contactUrl({ SITE_CONTACT_URL: 'editor@example.org' })).toThrow(
      'SITE_CONTACT_URL is "editor@example.org", which is not a full address. Use https://… (a form or issue tracker) or mailto:name@example.org, or leave it unset.',
    );
    expect(() => contactUrl({ SITE_CONTACT_URL: 'javascript:alert(1)' })).toThrow(
      'SITE_CONTACT_URL must start with https:, http: or mailto:; got "javascript:alert(1)".',
    );
  });
});
