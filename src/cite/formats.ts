// Formatted citations and reference-manager files, produced by citation-js (citeproc-js for the
// styles) from the CSL items of src/cite/csl.ts, at build time. Never hand-built strings. Items are
// made plain first (src/cite/plain-items.ts): no text from a partner can become markup or a record.
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslItem } from './csl.ts';
import { toBibtex } from './bibtex.ts';
import { citeprocItem, markupRestored, risItem } from './plain-items.ts';
import { cslStyle } from './csl-styles.ts';
import './citeproc-single-item.ts';

export const citationStyles = [
  { id: 'apa', label: 'APA' },
  { id: 'mla', label: 'MLA' },
  { id: 'chicago', label: 'Chicago' },
] as const;

export type CitationStyle = (typeof citationStyles)[number]['id'];

/** Styles citation-js lacks, by their ids in the CSL styles repository. */
const extraStyles: Partial<Record<CitationStyle, string>> = {
  mla: 'modern-language-association',
  chicago: 'chicago-note-bibliography',
};

/** Every style with where its CSL comes from (citation-js's own, else the CSL styles repository), and the locale. */
export const citationStyleIds = citationStyles.map(({ id }) => ({ id, csl: extraStyles[id] }));
export const citationLocale = 'en-US';

function registerStyles(): void {
  const registry = plugins.config.get('@csl').styles;
  for (const [name, id] of Object.entries(extraStyles)) if (!registry.has(name)) registry.add(name, cslStyle(id));
}

/** Files a reader can download, with the media types reference managers expect. */
export const citationFiles = [
  { file: 'cite.bib', label: 'BibTeX', type: 'application/x-bibtex' },
  { file: 'cite.ris', label: 'RIS', type: 'application/x-research-info-systems' },
  { file: 'cite.json', label: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json' },
] as const;

export type CitationFile = (typeof citationFiles)[number]['file'];

const entryPattern = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/g;

/** One bibliography entry per item, as HTML (italics kept; citeproc escapes the text). */
export function bibliographyHtml(items: CslItem[], style: CitationStyle): string[] {
  registerStyles();
  const html = new Cite(items.map(citeprocItem)).format('bibliography', { format: 'html', template: style, lang: citationLocale });
  return [...html.matchAll(entryPattern)].map((m) => markupRestored(m[1]!.trim()));
}

/** One bibliography entry per item, as plain text. */
export function bibliographyText(items: CslItem[], style: CitationStyle): string[] {
  registerStyles();
  const text = new Cite(items.map(citeprocItem)).format('bibliography', { format: 'text', template: style, lang: citationLocale });
  return text.split('\n').map((line) => markupRestored(line.trim())).filter(Boolean);
}

/** APA, MLA and Chicago for one item. */
export function formattedCitations(item: CslItem): { style: CitationStyle; label: string; html: string }[] {
  return citationStyles.map(({ id, label }) => ({ style: id, label, html: bibliographyHtml([item], id)[0] ?? '' }));
}

export { toBibtex };

/** citation-js cuts RIS values into lines of exactly this many characters. */
const risWrap = 70;

/**
 * citation-js hard-wraps RIS values every 70 characters, even mid-word; some importers join the
 * pieces with a space ("Migran t Rights"), so each tag is put back on one line. The pieces are found
 * by their length, not their look: a title whose 71st character starts "ER  - " stays one value.
 */
export function toRis(items: CslItem[]): string {
  const lines = new Cite(items.map(risItem)).format('ris', { format: 'text' }).split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    let piece = /^[A-Z][A-Z0-9]  - /.test(line) ? line.slice(6) : '';
    while (piece.length === risWrap && i + 1 < lines.length) {
      piece = lines[++i]!;
      line += piece;
    }
    out.push(line);
  }
  return out.join('\n');
}

export function toCslJson(items: CslItem[]): string {
  return new Cite(items).format('data', { format: 'text' });
}

/** The body of a download, by file name. */
export function citationFile(file: CitationFile, items: CslItem[]): string {
  if (file === 'cite.bib') return toBibtex(items);
  if (file === 'cite.ris') return toRis(items);
  return toCslJson(items);
}
