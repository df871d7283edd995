// Field types shared by every entity schema: references, partial dates, languages, countries.
import { z } from 'zod';
import { countryCodes } from '../../lib/countries.ts';
import { languageCodes } from '../../lib/languages.ts';
import { parsePartialDate, partialDatePattern } from '../../lib/dates.ts';

/** File names of organizations, policies and citations double as their ids. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const ref = z
  .string({ error: 'expected the id (file name without extension) of a record, in quotes or plain' })
  .regex(slugPattern, {
    error: 'expected an id made of lower-case letters, digits and single hyphens, like "wola" or "dhs-guatemala-moc"',
  });

/** YAML parsers differ on whether 2019-06-13 is a string or a date; accept both, keep a string. */
function dateToString(value: unknown): unknown {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;
}

export const partialDate = z.preprocess(
  dateToString,
  z
    .string({ error: 'expected a date written YYYY-MM-DD, YYYY-MM or YYYY' })
    .regex(partialDatePattern, { error: 'expected a date written YYYY-MM-DD, YYYY-MM or YYYY, like 2019-06-13' })
    .refine((v) => parsePartialDate(v) !== undefined, {
      error: 'this date does not exist in the calendar (check the month and the day)',
    }),
);

export const fullDate = z.preprocess(
  dateToString,
  z
    .string({ error: 'expected a date written YYYY-MM-DD' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a full date written YYYY-MM-DD, like 2026-11-23' })
    .refine((v) => parsePartialDate(v) !== undefined, {
      error: 'this date does not exist in the calendar (check the month and the day)',
    }),
);

export const languageCode = z.enum(languageCodes, {
  error: `expected a language code: ${languageCodes.join(', ')}`,
});

export const countryCode = z.enum(countryCodes, {
  error: `expected a two-letter country code: ${countryCodes.join(', ')}`,
});

export const text = z.string({ error: 'expected text' }).trim().min(1, { error: 'must not be empty' });

export const httpUrl = z.url({
  protocol: /^https?$/,
  error: 'expected a full web address starting with https:// or http://',
});
