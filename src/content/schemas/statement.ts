// A statement's front matter: everything about it but its text, which is the Markdown body.
import { z } from 'zod';
import { fullDate, languageCode, partialDate, ref, slugPattern, text } from './common.ts';

export const statementKinds = [
  'joint-statement',
  'editorial',
  'letter',
  'press-release',
  'report',
  'testimony',
  'op-ed',
] as const;

export const statementKindLabels: Record<(typeof statementKinds)[number], string> = {
  'joint-statement': 'Joint statement',
  editorial: 'Editorial',
  letter: 'Letter',
  'press-release': 'Press release',
  report: 'Report',
  testimony: 'Testimony',
  'op-ed': 'Op-ed',
};

export const authorSchema = z.strictObject({
  name: text,
  /** The position as printed, e.g. "Senior Associate". */
  role: text.optional(),
  affiliation: ref.optional(),
});

/** A signatory: an organization id, or an id with the name exactly as this statement prints it. */
export const signatorySchema = z.union([ref, z.strictObject({ id: ref, printed: text })], {
  error: 'expected an organization id, or "id:" and "printed:" when the statement prints the name differently',
});

export const signatoryGroupSchema = z.strictObject({
  /** The heading as printed above the names, e.g. "Guatemala and Mexico". */
  group: text,
  organizations: z.array(signatorySchema).min(1, { error: 'a signatory group needs at least one organization' }),
});

export function signatoryId(signatory: z.output<typeof signatorySchema>): string {
  return typeof signatory === 'string' ? signatory : signatory.id;
}

const noteLabelError = 'expected the footnote label used in the text, without [^ and ], e.g. 3 for [^3] or "*" for [^*]';

/** Maps one footnote of the body to the works it cites. */
export const noteSchema = z
  .strictObject({
    /** The footnote's label in the Markdown: 1 for [^1], "*" for [^*]. */
    note: z
      // zod 4 reports the failing branch's own issue, so each branch carries the message too.
      .union([z.int().positive({ error: noteLabelError }), z.string().regex(/^[^\s\]^]+$/, { error: noteLabelError })], {
        error: noteLabelError,
      })
      .transform(String),
    /** "source" notes cite works; "explanatory" notes only comment and cite none. */
    kind: z.enum(['source', 'explanatory']).default('source'),
    citations: z.array(ref).default([]),
    /** The note's language when it differs from the statement's. */
    language: languageCode.optional(),
  })
  .refine((n) => n.kind === 'explanatory' || n.citations.length > 0, {
    path: ['citations'],
    error: 'list the ids of the works this note cites, or set kind: explanatory if it cites none',
  });

export const editorNoteSchema = z.strictObject({
  /** Anchor of the note on the page: #ed-<id>. */
  id: z.string().regex(slugPattern, { error: 'expected a short id of lower-case letters, digits and hyphens' }),
  /** Exact words of the text the note is about; they get a marker linking to the note. */
  quote: text.optional(),
  text,
});

export const provenanceSchema = z.strictObject({
  /** The document this text was transcribed from. */
  source: text,
  description: text,
  transcribed: fullDate,
});

export const statementSchema = z.strictObject({
  title: text,
  date: partialDate,
  /** Why a partial date or how it was worked out; shown beside the date. */
  dateNote: text.optional(),
  kind: z.enum(statementKinds, { error: `expected one of: ${statementKinds.join(', ')}` }),
  language: languageCode,
  authors: z.array(authorSchema).default([]),
  publisher: ref.optional(),
  signatories: z.array(signatoryGroupSchema).default([]),
  policies: z.array(ref).default([]),
  /** Organizations the text names as actors (governments, agencies, UN bodies). */
  actors: z.array(ref).default([]),
  summary: text,
  notes: z.array(noteSchema).default([]),
  editorNotes: z.array(editorNoteSchema).default([]),
  provenance: provenanceSchema,
  /** Questions `npm run import` left for an editor; the validator reports each one until it is deleted. */
  questions: z.array(text).optional(),
});

export type StatementInput = z.input<typeof statementSchema>;
export type Statement = z.output<typeof statementSchema>;
export type StatementNote = z.output<typeof noteSchema>;
