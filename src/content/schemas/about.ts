// content/about.yaml: who publishes the site, how to reach them, how corrections are made and on
// what terms texts and data may be reused; editors change these words there, not in code.
import { z } from 'zod';
import { text } from './common.ts';
import { spanishVersions } from './spanish.ts';

export const aboutSchema = z.strictObject({
  publisher: text.describe('Who publishes the site, as a sentence or two.'),
  contact: z.strictObject({
    email: z.email({ error: 'expected an e-mail address, like editors@example.org' }).describe('Where readers write to.'),
    note: text.describe('What to write about, e.g. corrections or a missing statement.').optional(),
  }),
  corrections: text.describe('How errors are corrected and how a correction is shown.'),
  reuse: z.strictObject({
    texts: text.describe('On what terms the statements themselves may be reused.'),
    data: text.describe('On what terms the open data (/data/) and the editors\' own writing may be reused.'),
  }),
  es: spanishVersions(
    {
      publisher: text.describe('Who publishes the site, in Spanish.').optional(),
      contact: z.strictObject({ note: text.describe('What to write about, in Spanish.').optional() }).describe('The contact texts in Spanish.').optional(),
      corrections: text.describe('How errors are corrected, in Spanish.').optional(),
      reuse: z
        .strictObject({
          texts: text.describe('The terms for the statements, in Spanish.').optional(),
          data: text.describe('The terms for the open data and the editors\' writing, in Spanish.').optional(),
        })
        .describe('The reuse terms in Spanish.')
        .optional(),
    },
    'every text above, in the same places (the e-mail address is not repeated)',
  ),
});

export type About = z.output<typeof aboutSchema>;
