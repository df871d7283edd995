// What a query names, if anything: the pages whose name, acronym or alias it is, word for word once
// case, accents and punctuation are set aside, and the country it is. Runs in the search page.
import type { NamedCountry, NamedPage, NamesIndex } from './names.ts';
import { normalize } from './normalize.ts';

export interface Named {
  pages: NamedPage[];
  country?: NamedCountry;
}

export function namedBy(query: string, index: NamesIndex): Named {
  const q = normalize(query);
  if (!q) return { pages: [] };
  return {
    pages: index.pages.filter((p) => p.names.includes(q)),
    country: index.countries.find((c) => c.names.includes(q)),
  };
}
