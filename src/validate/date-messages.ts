// A date in the wrong form ("2019-6-1") fails two checks of its schema, the form and the calendar:
// editors get one message that shows the form and the date rewritten in it.
import type { core } from 'zod';
import { parsePartialDate, partialDatePattern } from '../lib/dates.ts';
import type { SchemaFault } from './schema-messages.ts';

const loose = /^\s*(\d{4})\s*[-/.]\s*(\d{1,2})\s*(?:[-/.]\s*(\d{1,2})\s*)?$/;

/** "2019-6-1" → "2019-06-01"; undefined when the value cannot be read as a date in that order. */
export function correctedDate(value: string, partial: boolean): string | undefined {
  const m = loose.exec(value);
  if (!m) return undefined;
  const pad = (part: string) => part.padStart(2, '0');
  const date = m[3] === undefined ? `${m[1]}-${pad(m[2]!)}` : `${m[1]}-${pad(m[2]!)}-${pad(m[3])}`;
  if (!partial && m[3] === undefined) return undefined;
  return parsePartialDate(date) ? date : undefined;
}

/**
 * The one fault for a date field's issue, [] for the calendar check of a value already reported for
 * its form, or undefined when the issue is not about a date.
 */
export function dateFault(issue: core.$ZodIssue, key: string, value: unknown, schemaText: string | undefined): SchemaFault[] | undefined {
  if (issue.code === 'custom' && typeof value === 'string' && /^\s*\d{4}\D/.test(value) && !partialDatePattern.test(value)) return [];
  if (issue.code !== 'invalid_format' || typeof value !== 'string' || !schemaText?.includes('YYYY-MM-DD')) return undefined;
  const partial = schemaText.includes('YYYY-MM or YYYY');
  const form = partial ? 'YYYY-MM-DD (or YYYY-MM, or YYYY when that is all the source gives)' : 'YYYY-MM-DD';
  const suggestion = correctedDate(value, partial);
  return [{
    code: 'invalid-value',
    message: `"${key}" is "${value}", but a date is written ${form}: four digits for the year, two for the month and two for the day.`,
    fix: suggestion ? `Write it in quotes as ${key}: "${suggestion}".` : `Write it in quotes in that form, like ${key}: "2019-06-13".`,
  }];
}
