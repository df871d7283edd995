// A cited work: one record however many footnotes cite it.
import { z } from 'zod';
import { fullDate, httpUrl, languageCode, partialDate, ref, text } from './common.ts';
import { spanishVersions } from './spanish.ts';

export const citationKinds = ['news', 'government', 'ngo', 'un', 'intergovernmental', 'academic', 'other'] as const;

export const linkStatuses = ['live', 'lost', 'unknown'] as const;

// Each field's description is what the editors' guide, `npm run new` and the importer say about it.
export const citationSchema = z.strictObject({
  title: text.describe('The title as the footnote prints it.'),
  publisher: ref.describe('The id of the organization that published the work.'),
  date: partialDate.describe('When it was published: YYYY-MM-DD, YYYY-MM or YYYY.').optional(),
  url: httpUrl.describe('The address exactly as the footnote prints it.'),
  language: languageCode.describe('The language of the work.'),
  kind: z.enum(citationKinds, { error: `expected one of: ${citationKinds.join(', ')}` }).describe('What sort of source it is.'),
  archive: z
    .strictObject({
      url: httpUrl.describe('The address of the archived copy.'),
      date: fullDate.describe('When the copy was saved: YYYY-MM-DD.'),
    })
    .describe('A copy in a web archive, for when the address stops working.')
    .optional(),
  link: z
    .strictObject({
      status: z.enum(linkStatuses, { error: `expected one of: ${linkStatuses.join(', ')}` }).describe('live, lost or unknown.'),
      checked: fullDate.describe('When it was checked: YYYY-MM-DD.'),
    })
    .describe('The result of the last `npm run check-links`.')
    .optional(),
  editorNote: text.describe("An editor's remark on the record, e.g. a title that does not match its address.").optional(),
  es: spanishVersions(
    { editorNote: text.describe("The editor's remark in Spanish.").optional() },
    "the editor's remark (the title stays as the footnote prints it)",
  ),
});

export type CitationInput = z.input<typeof citationSchema>;
export type Citation = z.output<typeof citationSchema>;
