// The search's words in each language of the interface (src/i18n/search.en.ts, search.es.ts), and
// the labels made from them: filters, page types. Client-safe: the search script imports it.
import { searchEn } from '../i18n/search.en.ts';
import { searchEs, type SearchWords } from '../i18n/search.es.ts';
import { isLocale, defaultLocale, type Locale } from '../lib/locales.ts';

export type { SearchWords };

export const searchWords: Record<Locale, SearchWords> = { en: searchEn, es: searchEs };

/** The interface language of a page from its <html lang> ("es", "es-MX"), English when unknown. */
export function localeOfLang(lang: string | null | undefined): Locale {
  const base = (lang ?? '').toLowerCase().split('-')[0];
  return isLocale(base) ? base : defaultLocale;
}
