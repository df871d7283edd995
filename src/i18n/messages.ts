// One typed catalogue of interface words per language (src/i18n/en.ts, es.ts). A message is a string
// or a function of its values (counts, names) that formats them with Intl for its locale.
import type { Locale } from '../lib/locales.ts';
import { en } from './en.ts';
import { es } from './es.ts';

type Shape<T> = { [K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => string : string };
export type Messages = Shape<typeof en>;
export type MessageKey = keyof Messages;

export const catalogues: Record<Locale, Messages> = { en, es };

/** The interface words of one locale. */
export function messages(locale: Locale): Messages {
  return catalogues[locale];
}
