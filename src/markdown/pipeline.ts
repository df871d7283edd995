// The Markdown pipeline for statements, shared by astro.config.ts and the tests.
// Order matters: notes are numbered before GFM renders them, footnotes are finished first, then lost
// links and editor's flags are marked, passages are numbered so their recorded text knows which parts
// are not the source's, each note is given the sentence it supports (known only once passages are read) and paired with its first reference for sidenotes, and the derived record is checked and handed on last.
import remarkGfm from 'remark-gfm';
import { remarkNoteNumbers } from './note-numbers.ts';
import { rehypeFootnotes } from './footnotes.ts';
import { rehypeLostLinks } from './lost-links.ts';
import { rehypeEditorNotes } from './editor-notes.ts';
import { rehypePassages } from './passages.ts';
import { rehypeNoteClaims } from './note-claims.ts';
import { rehypeSidenotes } from './sidenotes.ts';
import { rehypeDerivedText } from './stage.ts';
import { rehypeSanitizeStatement } from './sanitize.ts';

export const remarkPlugins = [remarkGfm, remarkNoteNumbers];
// The sanitizer runs last, over everything the plugins made (rehypeDerivedText only checks the record).
export const rehypePlugins = [rehypeFootnotes, rehypeLostLinks, rehypeEditorNotes, rehypePassages, rehypeNoteClaims, rehypeSidenotes, rehypeDerivedText, rehypeSanitizeStatement];
// The notes' heading is set by rehypeFootnotes, in the reader's language (src/markdown/interface-words.ts).
export const remarkRehypeOptions = { clobberPrefix: '', footnoteLabel: 'Notes' };
