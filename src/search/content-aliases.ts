// The content's filter values in every language (countries, languages, policy names), mapped to one
// language's, for the search page of that language to read shared links in the other (see aliases.ts).
// Names come from the records and terms (termLabel, inLocale), as the search records' values do.
import type { Collection } from '../content/model.ts';
import { inLocale } from '../content/localized.ts';
import { termLabel } from '../content/terms.ts';
import type { Locale } from '../lib/locales.ts';
import { aliasesOf, type FilterAliases } from './aliases.ts';

const distinct = (values: Iterable<string>) => [...new Set(values)].sort();

export function contentAliases(collection: Collection, locale: Locale): FilterAliases {
  const countries = distinct([
    ...[...collection.policies.values()].flatMap((p) => p.countries),
    ...[...collection.organizations.values()].flatMap((o) => o.countries),
  ]);
  const languages = distinct([
    ...collection.statements.map((s) => s.data.language),
    ...[...collection.citations.values()].map((c) => c.language),
  ]);
  const policies = [...collection.policies.values()];
  const aliases: FilterAliases = {
    country: aliasesOf(countries, (code, l) => termLabel('country', code, l), locale),
    language: aliasesOf(languages, (code, l) => termLabel('language', code, l), locale),
    policy: aliasesOf(policies, (policy, l) => inLocale(policy, 'name', l).value, locale),
  };
  return Object.fromEntries(Object.entries(aliases).filter(([, values]) => Object.keys(values).length > 0));
}
