// Numbers and lists as each locale writes them: "1,234" / "1234", "A, B and C" / "A, B y C". Each
// formatter is made once per locale and kind: making one costs far more than using it.
import { intlTag } from './dates.ts';
import type { Locale } from './locales.ts';
import { madeOnce } from './made-once.ts';

export function formatNumber(n: number, locale: Locale): string {
  return madeOnce(`number ${locale}`, () => new Intl.NumberFormat(intlTag(locale))).format(n);
}

/** "Mexico and Guatemala", "México y Guatemala"; `or` for alternatives. */
export function formatList(items: readonly string[], locale: Locale, type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return madeOnce(`list ${locale} ${type}`, () => new Intl.ListFormat(intlTag(locale), { style: 'long', type })).format(items);
}

/** Which plural form a count takes in a locale ("one" or "other" in English and Spanish). */
export function pluralForm(n: number, locale: Locale): Intl.LDMLPluralRule {
  return madeOnce(`plural ${locale}`, () => new Intl.PluralRules(intlTag(locale))).select(n);
}

/** "1 statement", "3 statements"; "1 declaración", "3 declaraciones". */
export function countOf(n: number, locale: Locale, one: string, other: string): string {
  return `${formatNumber(n, locale)} ${pluralForm(n, locale) === 'one' ? one : other}`;
}
