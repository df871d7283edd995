// The Markdown pipeline for statements, shared by astro.config.ts and the tests.
// Order matters: footnotes are renumbered first, then lost links and editor's flags are marked,
// and passages are numbered last so their recorded text knows which parts are not the source's.
import remarkGfm from 'remark-gfm';
import { rehypeFootnotes } from './footnotes.ts';
import { rehypeLostLinks } from './lost-links.ts';
import { rehypeEditorNotes } from './editor-notes.ts';
import { rehypePassages } from './passages.ts';
import { rehypeSanitizeStatement } from './sanitize.ts';

export const remarkPlugins = [remarkGfm];
export const rehypePlugins = [rehypeFootnotes, rehypeLostLinks, rehypeEditorNotes, rehypePassages, rehypeSanitizeStatement];
export const remarkRehypeOptions = { clobberPrefix: '', footnoteLabel: 'Notes' };
