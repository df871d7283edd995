// Editors' texts that sit deeper in a record than inLocale reads (an editor's note under its id,
// the provenance's description, the About page's reuse terms): the `es:` block repeats the record's
// nesting (src/content/schemas/), and these read it the same way inLocale reads a top-level field.
import { inLocale, type InLocale } from '../content/localized.ts';
import type { Locale } from '../lib/locales.ts';

type Nested = { [key: string]: unknown };

const at = (from: unknown, path: readonly string[]): unknown =>
  path.reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Nested)[key] : undefined), from);

/** textAt(about, ['reuse', 'texts'], 'es') reads about.es.reuse.texts, else about.reuse.texts. */
export function textAt(record: object, path: readonly string[], locale: Locale): InLocale<string | undefined> {
  const view = { value: at(record, path) as string | undefined, [locale]: { value: at((record as Nested)[locale], path) } };
  return inLocale(view, 'value', locale);
}

/** An editor's note on a statement in the reader's language; its Spanish sits under its id (es.editorNotes.<id>). */
export function editorNoteText(statement: object, note: { id: string; text: string }, locale: Locale): InLocale<string | undefined> {
  const view = { value: note.text, [locale]: { value: at((statement as Nested)[locale], ['editorNotes', note.id]) } };
  return inLocale(view, 'value', locale);
}
