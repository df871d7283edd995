// The names a reader may type for an organization, policy or cited work (name, acronym, aliases,
// identifiers, in every language of the interface), normalized: the values of the "name" filter
// (src/search/names.ts). A Spanish reader may type "Remain in Mexico", an English one "Quédate en México".
import type { Citation, Collection, Organization, Policy } from '../content/model.ts';
import { inLocale } from '../content/localized.ts';
import { locales, type Locale } from '../lib/locales.ts';
import { normalize } from './normalize.ts';

const distinct = (names: (string | undefined)[]) => [...new Set(names.filter((n): n is string => Boolean(n)).map(normalize).filter(Boolean))].sort();

/** A policy's names and aliases in every language, as written. */
export const policyNamesInEveryLocale = (p: Policy) => locales.flatMap((l) => [inLocale(p, 'name', l).value, ...inLocale(p, 'aliases', l).value]);

export const organizationNames = (o: Organization) => distinct([o.name, o.acronym, ...o.aliases]);
export const policyNames = (p: Policy) => distinct([...policyNamesInEveryLocale(p), ...p.identifiers.map((i) => `${i.scheme} ${i.value}`)]);
export const citationNames = (c: Citation) => distinct([c.title]);

/** A policy's name in the reader's language (its filter value, and the name its page is listed under). */
export function policyName(collection: Collection, id: string, locale: Locale): string | undefined {
  const policy = collection.policies.get(id);
  return policy && inLocale(policy, 'name', locale).value;
}
