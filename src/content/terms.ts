// The names of the kinds, types, countries and languages records use, in each language of the
// interface. (Stub for issue 15: the labels are to move into content, in both languages.)
import { countryName } from '../lib/countries.ts';
import { languageName } from '../lib/languages.ts';
import type { Locale } from '../lib/locales.ts';
import { policyKindLabels } from './schemas/policy.ts';
import { organizationTypeLabels } from './schemas/organization.ts';
import { citationKindLabels } from './schemas/citation.ts';
import { statementKindLabels } from './schemas/statement.ts';

export type TermGroup = 'policyKind' | 'organizationType' | 'citationKind' | 'statementKind' | 'country' | 'language';

const english: Record<TermGroup, (value: string) => string> = {
  policyKind: (v) => (policyKindLabels as Record<string, string>)[v] ?? v,
  organizationType: (v) => (organizationTypeLabels as Record<string, string>)[v] ?? v,
  citationKind: (v) => (citationKindLabels as Record<string, string>)[v] ?? v,
  statementKind: (v) => (statementKindLabels as Record<string, string>)[v] ?? v,
  country: countryName,
  language: languageName,
};

/** The display name of a term ("MX" in the country group is "Mexico" / "México"). */
export function termLabel(group: TermGroup, value: string, _locale: Locale): string {
  return english[group](value);
}
