// What the Markdown stage derives from a statement's text (its passages, notes and references), as
// one record with one schema: the plugins build it, the collection parses it back, and a mismatch
// between the two fails loudly instead of publishing a page with missing parts.
import { z } from 'zod';

const count = z.int().positive();

/** A numbered passage of the text (#p-N): a paragraph, a list item or a block quotation. */
export const passageSchema = z.strictObject({ number: count, text: z.string() });

/** One reference to a note in the text, and the sentence it supports. */
export const noteReferenceSchema = z.strictObject({
  /** The note's number as the reader sees it (#fn-N). */
  note: count,
  /** Which use of the note this is: 1 for the first (#fnref-N), 2 for the second (#fnref-N-2). */
  occurrence: count,
  /** The number of the passage the reference is in. */
  passage: count,
  sentence: z.string(),
});

/** A note's text; its label is as written in the Markdown ([^label]), which "notes" refers to. */
export const noteTextSchema = z.strictObject({ note: count, label: z.string(), text: z.string() });

export const derivedTextSchema = z.strictObject({
  passages: z.array(passageSchema),
  noteReferences: z.array(noteReferenceSchema),
  noteTexts: z.array(noteTextSchema),
  /** How many links of the source lost their target ([words](#)). */
  lostLinks: z.int().nonnegative(),
});

export type Passage = z.output<typeof passageSchema>;
export type NoteReference = z.output<typeof noteReferenceSchema>;
export type NoteText = z.output<typeof noteTextSchema>;
export type DerivedText = z.output<typeof derivedTextSchema>;

/** The one front-matter key under which Astro carries the record from the Markdown stage to the collection. */
export const derivedKey = 'derivedText';
