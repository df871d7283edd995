// A statement's front matter: everything about it but its text, which is the Markdown body.
import { z } from 'zod';
import { fullDate, httpUrl, languageCode, partialDate, ref, slugPattern, text } from './common.ts';
import { spanishVersions } from './spanish.ts';

export const statementKinds = [
  'joint-statement',
  'editorial',
  'letter',
  'press-release',
  'report',
  'testimony',
  'op-ed',
] as const;

export const authorSchema = z.strictObject({
  name: text.describe("The author's name as printed."),
  role: text.describe('The position as printed, e.g. "Senior Associate".').optional(),
  affiliation: ref.describe("The id of the author's organization.").optional(),
});

/** A signatory: an organization id, or an id with the name exactly as this statement prints it. */
export const signatorySchema = z.union([ref, z.strictObject({ id: ref, printed: text })], {
  error: 'expected an organization id, or "id:" and "printed:" when the statement prints the name differently',
});

export const signatoryGroupSchema = z.strictObject({
  group: text.describe('The heading as printed above the names, e.g. "Guatemala and Mexico".'),
  organizations: z
    .array(signatorySchema)
    .min(1, { error: 'a signatory group needs at least one organization' })
    .describe('The organizations under that heading: an id, or id and printed when the source prints the name differently.'),
});

export function signatoryId(signatory: z.output<typeof signatorySchema>): string {
  return typeof signatory === 'string' ? signatory : signatory.id;
}

const noteLabelError = 'expected the footnote label used in the text, without [^ and ], e.g. 3 for [^3] or "*" for [^*]';

/** Maps one footnote of the body to the works it cites. */
export const noteSchema = z
  .strictObject({
    note: z
      // zod 4 reports the failing branch's own issue, so each branch carries the message too.
      .union([z.int().positive({ error: noteLabelError }), z.string().regex(/^[^\s\]^]+$/, { error: noteLabelError })], {
        error: noteLabelError,
      })
      .describe('The footnote label used in the text: 3 for [^3], "*" for [^*].')
      .transform(String),
    kind: z.enum(['source', 'explanatory']).default('source').describe('"source" when the note cites works, "explanatory" when it only comments.'),
    citations: z.array(ref).default([]).describe('Ids of the works the note cites, in the order it prints them.'),
    language: languageCode.describe("The note's language, when it differs from the statement's.").optional(),
  })
  .refine((n) => n.kind === 'explanatory' || n.citations.length > 0, {
    path: ['citations'],
    error: 'list the ids of the works this note cites, or set kind: explanatory if it cites none',
  });

const editorNoteId = z
  .string()
  .regex(slugPattern, { error: 'expected a short id of lower-case letters, digits and hyphens' });

export const editorNoteSchema = z.strictObject({
  id: editorNoteId.describe('A short id; the note is linked as #ed-<id>.'),
  quote: text.describe('The exact words of the text the note is about; they get a marker.').optional(),
  text: text.describe('The remark itself.'),
});

export const provenanceSchema = z.strictObject({
  source: text.describe('The transcription it was made from: content/sources/<file>.'),
  description: text.describe('What the source document is and what was changed in transcribing it.'),
  transcribed: fullDate.describe('When it was transcribed: YYYY-MM-DD.'),
  published: z
    .strictObject({
      date: partialDate.describe('When it was first published: YYYY-MM-DD, YYYY-MM or YYYY.').optional(),
      webPage: httpUrl.describe('The web page it was first published on.').optional(),
      pdf: httpUrl.describe('The PDF it was first published as.').optional(),
      archived: httpUrl.describe('An archived copy of it, e.g. on web.archive.org.').optional(),
    })
    .describe('Where and when the statement was first published; each address is shown as a link.')
    .optional(),
});

// Each field's description is what the editors' guide, `npm run new` and the importer say about it.
export const statementSchema = z.strictObject({
  title: text.describe('The title as the source prints it, without quotation marks around it.'),
  date: partialDate.describe('When it was issued: YYYY-MM-DD, or YYYY-MM or YYYY when the source gives no more.'),
  dateNote: text.describe('How a partial or missing date was worked out; shown beside the date.').optional(),
  kind: z.enum(statementKinds, { error: `expected one of: ${statementKinds.join(', ')}` }).describe('What sort of document it is.'),
  language: languageCode.describe('The language the text is written in.'),
  authors: z.array(authorSchema).default([]).describe('People who wrote it, when the source names them.'),
  publisher: ref.describe('The id of the organization that published it, when one did.').optional(),
  signatories: z
    .array(signatoryGroupSchema)
    .default([])
    .describe('The signing organizations, grouped under the headings the source prints, in printed order.'),
  policies: z.array(ref).default([]).describe('Ids of the policies the statement discusses, in the order the text first names them.'),
  actors: z
    .array(ref)
    .default([])
    .describe('Ids of organizations the text names as actors (governments, agencies, UN bodies), not its signatories.'),
  summary: text.describe('Two to four sentences on who says what; shown in lists and search results.'),
  notes: z.array(noteSchema).default([]).describe('One entry per footnote of the text, saying which works it cites.'),
  editorNotes: z
    .array(editorNoteSchema)
    .default([])
    .describe("Editor's remarks on the text, e.g. where the source is wrong; the words are kept as printed."),
  provenance: provenanceSchema.describe('Where the text comes from.'),
  es: spanishVersions(
    {
      summary: text.describe('The summary in Spanish.').optional(),
      dateNote: text.describe('The date note in Spanish.').optional(),
      editorNotes: z
        .record(editorNoteId, text)
        .describe("Each editor's note's text in Spanish, under its id, like weekday: \"El 8 de enero de 2017 fue domingo.\" (the quote stays as printed).")
        .optional(),
      provenance: z
        .strictObject({ description: text.describe('The description of the source in Spanish.').optional() })
        .describe('The provenance texts in Spanish.')
        .optional(),
    },
    "the editors' texts about the statement (summary, date note, editor's notes, provenance); the statement's own words are never translated",
  ),
  questions: z
    .array(text)
    .describe('Questions `npm run import` left; answer each and delete it. The site is not built while any is left.')
    .optional(),
});

export type StatementInput = z.input<typeof statementSchema>;
export type Statement = z.output<typeof statementSchema>;
export type StatementNote = z.output<typeof noteSchema>;
