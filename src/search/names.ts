// The names a reader may type for an organization, policy or cited work (name, acronym, aliases,
// identifiers), normalized, which its page carries as Pagefind's "name" filter: a query that is one
// of them names the page, and the search page puts it first.
import type { Citation, Organization, Policy } from '../content/model.ts';
import { normalize } from './normalize.ts';

export const nameFilter = 'name';

const distinct = (names: (string | undefined)[]) => [...new Set(names.filter((n): n is string => Boolean(n)).map(normalize).filter(Boolean))].sort();

export const organizationNames = (o: Organization) => distinct([o.name, o.acronym, ...o.aliases]);
export const policyNames = (p: Policy) => distinct([p.name, ...p.aliases, ...p.identifiers.map((i) => `${i.scheme} ${i.value}`)]);
export const citationNames = (c: Citation) => distinct([c.title]);

/** The country filter value a query names, if it names one. */
export function namedCountry(query: string, countries: string[]): string | undefined {
  const q = normalize(query);
  return q ? countries.find((c) => normalize(c) === q) : undefined;
}
