// The interface's words inside a statement's rendered text ("Notes", "Back to reference 3 in the
// text", "note 3 of 12", "link lost"). The Markdown stage renders each statement once, for every
// language, so it writes a token where such words go, and the page puts in its own language's words
// (withInterfaceWords), as it puts in cited works' titles (cited-works.ts).
// A token is a catalogue key and its values between private-use characters, which the validator
// refuses in content (rule unsafe-character), so no statement's own words can look like one.
import type { Locale } from '../lib/locales.ts';
import { messages, type Messages } from '../i18n/messages.ts';

/** The catalogue's words the Markdown stage uses; each takes its values as strings. */
export const markdownWordKeys = [
  'notes.heading',
  'notes.backToReference',
  'notes.backToOccurrence',
  'notes.searchTitle',
  'notes.linkLabel',
  'notes.link',
  'notes.where',
  'notes.whereMarked',
  'notes.supportsOne',
  'notes.supportsMany',
  'passages.label',
  'lostLink.title',
  'lostLink.marker',
  'editorFlag.marker',
] as const satisfies readonly (keyof Messages)[];
export type MarkdownWordKey = (typeof markdownWordKeys)[number];

const open = '\uE000';
const separator = '\uE001';
const close = '\uE002';
const token = /\uE000([a-zA-Z.]+)((?:\uE001[^\uE000-\uE002]*)*)\uE002/g;
const delimiters = /[\uE000-\uE002]/g;

/** Where the interface's language goes: the `lang` of an element holding interface words. */
export const langToken = open + 'lang' + close;

/** The place of an interface word in the rendered text: wordToken('passages.label', 3). */
export function wordToken(key: MarkdownWordKey, ...values: (string | number)[]): string {
  return open + key + values.map((v) => separator + String(v).replace(delimiters, '')).join('') + close;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const known = new Set<string>(markdownWordKeys);

/** The rendered text with every token replaced by its words in `locale`, escaped for text and attributes. */
export function withInterfaceWords(html: string, locale: Locale): string {
  const t = messages(locale) as unknown as Record<string, string | ((...values: string[]) => string)>;
  return html.replace(token, (_, key: string, values: string) => {
    if (key === 'lang') return locale;
    if (!known.has(key)) return '';
    const message = t[key]!;
    const args = values ? values.slice(1).split(separator) : [];
    return escapeHtml(typeof message === 'function' ? message(...args) : message);
  });
}
