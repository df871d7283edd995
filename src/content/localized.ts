// Editors' texts (summaries, editor's notes, descriptions, policy names) in the reader's language.
// A record's own fields are English; its `es:` block (see the schemas) holds the Spanish versions.
// When the Spanish is missing the English is shown, and `lang` says so, so the page can mark the
// text's language and tell the reader it exists only in English.
import { defaultLocale, type Locale } from '../lib/locales.ts';

export interface InLocale<T> {
  value: T;
  /** The language the value is actually in. */
  lang: Locale;
  /** True when the reader's language had no version and the value is the other language's. */
  fallback: boolean;
}

type Translations = Partial<Record<Locale, Record<string, unknown> | undefined>>;

const present = (value: unknown) => value !== undefined && value !== null && value !== '';

/**
 * The one rule of every lookup here: the reader's language when it has a version, else the English
 * marked as a fallback. `translated` is read only for a locale other than the default.
 */
export function chooseVersion<T>(english: T, translated: () => unknown, locale: Locale): InLocale<T> {
  if (locale === defaultLocale) return { value: english, lang: defaultLocale, fallback: false };
  const version = translated();
  return present(version) ? { value: version as T, lang: locale, fallback: false } : { value: english, lang: defaultLocale, fallback: true };
}

/** A field of a record in the reader's language, or the English with `fallback` set. */
export function inLocale<R extends object, K extends keyof R & string>(record: R, field: K, locale: Locale): InLocale<R[K]> {
  return chooseVersion(record[field], () => (record as Translations)[locale]?.[field], locale);
}

/**
 * A nested field in the reader's language: inLocaleAt(about, ['reuse', 'texts'], 'es') reads
 * about.es.reuse.texts, else about.reuse.texts. The `es:` block repeats the record's nesting.
 */
export function inLocaleAt(record: object, path: readonly string[], locale: Locale): InLocale<string | undefined> {
  const at = (from: unknown) => path.reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), from);
  return chooseVersion(at(record) as string | undefined, () => at((record as Translations)[locale]), locale);
}

interface WithEditorNotes {
  editorNotes: readonly { id: string; text: string }[];
  es?: { editorNotes?: Record<string, string> | undefined } | undefined;
}

/** An editor's note's text in the reader's language; the Spanish is kept under the note's id (es.editorNotes.<id>). */
export function editorNoteIn(statement: WithEditorNotes, id: string, locale: Locale): InLocale<string> {
  const english = statement.editorNotes.find((n) => n.id === id)?.text ?? '';
  const translated = () => ((statement as unknown as Translations)[locale]?.['editorNotes'] as Record<string, string> | undefined)?.[id];
  return chooseVersion(english, translated, locale);
}
