// The names of the kinds, types, countries and languages records use, in each language of the
// interface. They are content (content/terms.yaml, checked by `npm run validate`), not code: editors
// correct "México" or add a country's Spanish name there.
import { contentDir } from './collections.ts';
import type { Locale } from '../lib/locales.ts';
import { chooseVersion, type InLocale } from './localized.ts';
import { readSiteFile } from './site-files.ts';
import type { TermName, Terms, TermsKey } from './schemas/terms.ts';

export type TermGroup = 'policyKind' | 'organizationType' | 'citationKind' | 'statementKind' | 'country' | 'language';

/** Each group's key in terms.yaml. */
export const termsKeys: Record<TermGroup, TermsKey> = {
  policyKind: 'policyKinds',
  organizationType: 'organizationTypes',
  citationKind: 'citationKinds',
  statementKind: 'statementKinds',
  country: 'countries',
  language: 'languages',
};

const loaded = new Map<string, Terms>();

/** content/terms.yaml, read once per content folder (CONTENT_DIR for the benchmark and test builds). */
export function readTerms(root = contentDir): Terms {
  let terms = loaded.get(root);
  if (!terms) {
    terms = readSiteFile('terms', root);
    loaded.set(root, terms);
  }
  return terms;
}

/** Every code of a group with its names: { MX: { en: 'Mexico', es: 'México' }, … }. */
export function termNames(group: TermGroup, root = contentDir): Record<string, TermName> {
  return readTerms(root)[termsKeys[group]];
}

/** A term's name in the reader's language, or the English with `fallback` set when the Spanish is missing. */
export function termIn(group: TermGroup, value: string, locale: Locale, root = contentDir): InLocale<string> {
  const names = termNames(group, root)[value];
  return chooseVersion(names?.en ?? value, () => names?.[locale], locale);
}

/** The display name of a term ("MX" in the country group is "Mexico" / "México"). */
export function termLabel(group: TermGroup, value: string, locale: Locale): string {
  return termIn(group, value, locale).value;
}
