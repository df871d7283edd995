// A note's "Cited work: …" line names the works by title, and titles live in the citation files,
// not in the statement: the Markdown stage (cached per statement file) leaves a placeholder and the
// page fills it with the current titles, so a changed title shows on the next build.
import type { Comment, Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Citation, StatementRecord } from '../content/model.ts';
import { noteIdentifier } from '../lib/notes.ts';
import { urlsFor } from '../lib/urls.ts';
import { defaultLocale, type Locale } from '../lib/locales.ts';
import { messages } from '../i18n/messages.ts';
import { withInterfaceWords } from './interface-words.ts';

/** The placeholder comment's text; the sanitizer keeps comments with exactly this text and no other. */
export const citedWorksMarker = 'cited-works';
const marker = citedWorksMarker;
/** The placeholder as rehype-stringify prints it. */
const printed = `<!--${marker}-->`;

/** Left at the end of a note that cites works, in the notes' order. */
export const citedWorksPlaceholder = (): Comment => ({ type: 'comment', value: marker });

/** The works each note cites, for the notes that cite any, in the order of their numbers. */
function citedByNote(statement: StatementRecord): string[][] {
  const cited = new Map(statement.data.notes.map((m) => [noteIdentifier(m.note), m.citations]));
  return [...statement.noteTexts]
    .sort((a, b) => a.note - b.note)
    .map((n) => cited.get(noteIdentifier(n.label)) ?? [])
    .filter((ids) => ids.length > 0);
}

function citedWorks(ids: string[], locale: Locale, textLanguage: string, citations: ReadonlyMap<string, Citation>): Element {
  const t = messages(locale);
  const links = ids.flatMap((id, i): ElementContent[] => {
    const work = citations.get(id);
    // The line is in the reader's language; a title in another is marked so screen readers pronounce it right.
    const lang = work?.language && work.language !== locale ? { lang: work.language } : {};
    const link: Element = { type: 'element', tagName: 'a', properties: { href: urlsFor(locale).citation(id), ...lang }, children: [{ type: 'text', value: work?.title ?? id }] };
    return i > 0 ? [{ type: 'text', value: '; ' }, link] : [link];
  });
  const label = { type: 'text' as const, value: ids.length > 1 ? t['notes.citedWorks'] : t['notes.citedWork'] };
  // Inside a statement in another language the line says which language it is in.
  const own = textLanguage !== locale ? { lang: locale } : {};
  return { type: 'element', tagName: 'p', properties: { className: ['note-sources'], dataNotSource: '', ...own }, children: [label, ...links] };
}

/**
 * The statement's rendered HTML for a reader of `locale`: each note's cited works named by their
 * current titles, and the interface's words (src/markdown/interface-words.ts) in that language.
 */
export function withCitedWorks(html: string, statement: StatementRecord, citations: ReadonlyMap<string, Citation>, locale: Locale = defaultLocale): string {
  const parts = html.split(printed);
  const cited = citedByNote(statement);
  if (parts.length - 1 !== cited.length) {
    throw new Error(
      `${statement.id}: the rendered text has ${parts.length - 1} places for cited works but ${cited.length} notes cite works. Delete node_modules/.astro/data-store.json and build again.`,
    );
  }
  const filled = parts.map((part, i) => (i === 0 ? part : toHtml(citedWorks(cited[i - 1]!, locale, statement.data.language, citations)) + part)).join('');
  return withInterfaceWords(filled, locale);
}
