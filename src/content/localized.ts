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

/** A field of a record in the reader's language, or the English with `fallback` set. */
export function inLocale<R extends object, K extends keyof R & string>(record: R, field: K, locale: Locale): InLocale<R[K]> {
  const translated = locale === defaultLocale ? undefined : (record as Translations)[locale]?.[field];
  if (translated !== undefined && translated !== null && translated !== '') return { value: translated as R[K], lang: locale, fallback: false };
  return { value: record[field], lang: defaultLocale, fallback: locale !== defaultLocale };
}
