// Which editors' texts take a Spanish version, and where it goes: the English field's path and the
// path of its Spanish in the record's es: block (which repeats the record's nesting). The validator's
// missing-translation warning and its tests read this list; the schemas' es: blocks hold these fields.
import type { SiteFileName } from './site-files.ts';
import type { CollectionName } from './collections.ts';

export type Translatable = CollectionName | Extract<SiteFileName, 'about'>;

type FieldPath = readonly string[];

/** Texts translated field for field (the Spanish at es.<same path>). Aliases are optional extras, never asked for. */
export const translatedFields: Record<Translatable, readonly FieldPath[]> = {
  statements: [['summary'], ['dateNote'], ['provenance', 'description']],
  organizations: [['description']],
  policies: [['name'], ['summary']],
  citations: [['editorNote']],
  about: [['publisher'], ['contact', 'note'], ['corrections'], ['reuse', 'texts'], ['reuse', 'data']],
};

export interface TextToTranslate {
  /** Where the English is, e.g. ['editorNotes', 0, 'text']. */
  english: readonly (string | number)[];
  /** Where its Spanish goes, e.g. ['es', 'editorNotes', 'weekday']. */
  spanish: readonly (string | number)[];
  text: string;
}

const at = (data: unknown, path: readonly (string | number)[]): unknown =>
  path.reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[key] : undefined), data);

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** Every editor's text a record (raw data) holds in English, with where its Spanish belongs. */
export function textsToTranslate(kind: Translatable, data: unknown): TextToTranslate[] {
  const texts: TextToTranslate[] = translatedFields[kind].flatMap((path) => {
    const text = at(data, path);
    return isText(text) ? [{ english: path, spanish: ['es', ...path], text }] : [];
  });
  if (kind === 'statements') {
    // An editor's note's Spanish is kept under its id, so reordering notes never mismatches them.
    const notes = at(data, ['editorNotes']);
    if (Array.isArray(notes)) {
      notes.forEach((note, i) => {
        const id = at(note, ['id']);
        const text = at(note, ['text']);
        // A repeated id is the duplicate-editor-note-id error's to report; its Spanish is asked for once.
        if (isText(id) && isText(text) && !texts.some((t) => t.spanish[2] === id)) texts.push({ english: ['editorNotes', i, 'text'], spanish: ['es', 'editorNotes', id], text });
      });
    }
  }
  return texts;
}

/** True when the Spanish of a text is written. */
export const hasSpanish = (data: unknown, text: TextToTranslate): boolean => isText(at(data, text.spanish));
