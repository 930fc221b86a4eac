import { z } from 'astro/zod';

/** Lowercase words joined by single hyphens: the only shape an id or slug may take. */
export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An id an author writes by hand and readers link to, so it must stay stable and URL-safe. */
export const kebabId = (what: string) =>
  z.string({ error: `${what} is required` }).regex(KEBAB_ID, `${what} must be lowercase words joined by hyphens, like "what-the-study-found"`);

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar day written as YYYY-MM-DD. YAML turns an unquoted date into a Date and a quoted one
 * into a string; both are accepted, anything else (or an impossible day such as 2026-02-30) is not.
 */
export const isoDay = (field: string) =>
  z.preprocess(
    (value) => {
      if (value instanceof Date) return Number.isNaN(value.getTime()) ? value : value.toISOString().slice(0, 10);
      return value;
    },
    z
      .string({ error: `${field} must be a date written as YYYY-MM-DD, for example 2026-11-26` })
      .regex(ISO_DAY, { error: `${field} must be a date written as YYYY-MM-DD, for example 2026-11-26`, abort: true })
      .refine(
        (day) => {
          const date = new Date(`${day}T00:00:00Z`);
          return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
        },
        {
          error: `${field} is not a real calendar day; write it as YYYY-MM-DD, for example 2026-11-26`,
        },
      ),
  );
