// The "name" filter: the names a reader may type for an organization, policy or cited work, which its
// page carries (src/search/entity-names.ts makes them at build time): a query that is one of them names
// the page, and the search page puts it first. Client-safe.
import { normalize } from './normalize.ts';

export const nameFilter = 'name';

/**
 * The country filter value a query names, if it names one: by this index's name ("México") or by
 * another language's (aliases: "Mexico" → "México").
 */
export function namedCountry(query: string, countries: string[], aliases: Record<string, string> = {}): string | undefined {
  const q = normalize(query);
  if (!q) return undefined;
  const alias = Object.entries(aliases).find(([other]) => normalize(other) === q)?.[1];
  return countries.find((c) => normalize(c) === q) ?? countries.find((c) => c === alias);
}
