// Filter values in shared search links, whatever language or age they are in: a link made on the
// English search (?type=Statement&country=Mexico) opened on the Spanish one means "Declaración" and
// "México", and an old link's ?type=Source means cited works. Each page maps the values it may meet
// to its own language's. The interface's values (types, roles) are mapped here from the catalogues;
// the content's (countries, languages, policies) by src/search/content-aliases.ts at build time.
import { locales, type Locale } from '../lib/locales.ts';
import { pageKinds, pageTypes, renamedFilterValues, type FilterKey } from './filters.ts';
import { organizationRoles, roleLabels } from './roles.ts';

/** For each filter, a value it may meet → the value this page's index knows. */
export type FilterAliases = Partial<Record<FilterKey, Record<string, string>>>;

/** Every other language's name of each thing → this language's name (only names that differ). */
export function aliasesOf<T>(things: readonly T[], label: (thing: T, locale: Locale) => string, locale: Locale): Record<string, string> {
  const out: Record<string, string> = {};
  for (const thing of things) {
    const mine = label(thing, locale);
    for (const other of locales) {
      const theirs = label(thing, other);
      if (theirs !== mine) out[theirs] = mine;
    }
  }
  return out;
}

/** The type and role values of every language, and old type values, in this language. */
export function interfaceAliases(locale: Locale): FilterAliases {
  const types = pageTypes(locale);
  const renamed = Object.fromEntries(Object.entries(renamedFilterValues.type).map(([old, kind]) => [old, types[kind]]));
  return {
    type: { ...aliasesOf(pageKinds, (kind, l) => pageTypes(l)[kind], locale), ...renamed },
    role: aliasesOf(organizationRoles, (role, l) => roleLabels(l)[role], locale),
  };
}

/** Both sets of aliases in one. */
export function mergeAliases(...sets: FilterAliases[]): FilterAliases {
  const out: FilterAliases = {};
  for (const set of sets) {
    for (const [key, values] of Object.entries(set) as [FilterKey, Record<string, string>][]) out[key] = { ...out[key], ...values };
  }
  return out;
}
