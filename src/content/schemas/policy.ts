// A policy, program, agreement, order or practice that statements discuss.
import { z } from 'zod';
import { countryCode, httpUrl, partialDate, ref, text } from './common.ts';
import { spanishVersions } from './spanish.ts';

export const policyKinds = [
  'agreement',
  'executive-order',
  'program',
  'practice',
  'plan',
  'law',
  'policy',
  'proclamation',
] as const;

// Each field's description is what the editors' guide, `npm run new` and the importer say about it.
export const policySchema = z.strictObject({
  name: text.describe('The official or best-known name.'),
  aliases: z.array(text).default([]).describe('Other names, including the words statements use for it; passages are found by these.'),
  kind: z.enum(policyKinds, { error: `expected one of: ${policyKinds.join(', ')}` }).describe('What sort of policy it is.'),
  date: partialDate.describe('When it was signed, announced or began: YYYY-MM-DD, YYYY-MM or YYYY.').optional(),
  endDate: partialDate.describe('When it ended, if it has.').optional(),
  countries: z.array(countryCode).min(1, { error: 'list at least one country the policy concerns' }).describe('The countries it concerns (two-letter codes), at least one.'),
  identifiers: z
    .array(
      z.strictObject({
        scheme: text.describe('What kind of number, e.g. "Executive Order" or "Federal Register".'),
        value: text.describe('The number as written, e.g. 13767.'),
        url: httpUrl.describe('Where the official text is.').optional(),
      }),
    )
    .default([])
    .describe('Official numbers, e.g. an executive order number.'),
  summary: text.describe('One to three sentences on what it is and does.'),
  related: z.array(ref).default([]).describe('Ids of related policies.'),
  es: spanishVersions(
    {
      name: text.describe('The official Spanish name where there is one (as governments and the press in Mexico and Central America use it), else a faithful translation.').optional(),
      aliases: z.array(text).describe('Other Spanish names; Spanish searches find the policy by these.').optional(),
      summary: text.describe('The summary in Spanish.').optional(),
    },
    'the name, the aliases and the summary',
  ),
});

export type PolicyInput = z.input<typeof policySchema>;
export type Policy = z.output<typeof policySchema>;
