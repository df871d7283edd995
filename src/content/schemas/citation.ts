// A cited work: one record however many footnotes cite it.
import { z } from 'zod';
import { fullDate, httpUrl, languageCode, partialDate, ref, text } from './common.ts';

export const citationKinds = ['news', 'government', 'ngo', 'un', 'intergovernmental', 'academic', 'other'] as const;

export const citationKindLabels: Record<(typeof citationKinds)[number], string> = {
  news: 'News',
  government: 'Government',
  ngo: 'Civil society',
  un: 'United Nations',
  intergovernmental: 'Intergovernmental',
  academic: 'Academic',
  other: 'Other',
};

export const linkStatuses = ['live', 'lost', 'unknown'] as const;

export const citationSchema = z.strictObject({
  /** The title as the footnote prints it. */
  title: text,
  publisher: ref,
  date: partialDate.optional(),
  /** The address exactly as the footnote prints it. */
  url: httpUrl,
  language: languageCode,
  kind: z.enum(citationKinds, { error: `expected one of: ${citationKinds.join(', ')}` }),
  /** A copy in a web archive, for when the original moves or disappears. */
  archive: z.strictObject({ url: httpUrl, date: fullDate }).optional(),
  link: z
    .strictObject({
      status: z.enum(linkStatuses, { error: `expected one of: ${linkStatuses.join(', ')}` }),
      checked: fullDate,
    })
    .optional(),
  /** An editor's remark on the record (a mismatch between title and address, say). */
  editorNote: text.optional(),
});

export type CitationInput = z.input<typeof citationSchema>;
export type Citation = z.output<typeof citationSchema>;
