// Numbers and lists as each locale writes them: "1,234" / "1234", "A, B and C" / "A, B y C".
import { intlTag } from './dates.ts';
import type { Locale } from './locales.ts';

// One formatter per locale and kind, made once (making one costs far more than using it).
const formatters = new Map<string, Intl.NumberFormat | Intl.ListFormat | Intl.PluralRules>();

function once<T extends Intl.NumberFormat | Intl.ListFormat | Intl.PluralRules>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) formatters.set(key, (formatter = make()));
  return formatter;
}

export function formatNumber(n: number, locale: Locale): string {
  return once(`number ${locale}`, () => new Intl.NumberFormat(intlTag(locale))).format(n);
}

/** "Mexico and Guatemala", "México y Guatemala"; `or` for alternatives. */
export function formatList(items: readonly string[], locale: Locale, type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return once(`list ${locale} ${type}`, () => new Intl.ListFormat(intlTag(locale), { style: 'long', type })).format(items);
}

/** Which plural form a count takes in a locale ("one" or "other" in English and Spanish). */
export function pluralForm(n: number, locale: Locale): Intl.LDMLPluralRule {
  return once(`plural ${locale}`, () => new Intl.PluralRules(intlTag(locale))).select(n);
}

/** "1 statement", "3 statements"; "1 declaración", "3 declaraciones". */
export function countOf(n: number, locale: Locale, one: string, other: string): string {
  return `${formatNumber(n, locale)} ${pluralForm(n, locale) === 'one' ? one : other}`;
}
