// The names a reader may type for each organization, policy and cited work (name, acronym,
// aliases, identifiers) and for each country, built with the site into /search/names.json, so the
// search page knows when a query names something and can put its page first.
import type { Collection } from '../content/model.ts';
import { countryName } from '../lib/countries.ts';
import { entityKey, type EntityKind } from './involvement.ts';
import { normalize } from './normalize.ts';

export interface NamedPage {
  /** Its key in the page and involves filters (src/search/involvement.ts). */
  key: string;
  kind: EntityKind;
  /** How the page is titled, for "Did you mean". */
  label: string;
  /** Every name, normalized (src/search/normalize.ts). */
  names: string[];
}

export interface NamedCountry {
  /** The country's name as the country filter has it. */
  label: string;
  names: string[];
  /** Keys of the organizations based there. */
  organizations: string[];
}

export interface NamesIndex {
  pages: NamedPage[];
  countries: NamedCountry[];
}

const distinct = (names: (string | undefined)[]) => [...new Set(names.filter((n): n is string => Boolean(n)).map(normalize).filter(Boolean))];

export function namesIndex(collection: Collection): NamesIndex {
  const pages: NamedPage[] = [];
  for (const [id, o] of collection.organizations) {
    pages.push({ key: entityKey('organization', id), kind: 'organization', label: o.name, names: distinct([o.name, o.acronym, ...o.aliases]) });
  }
  for (const [id, p] of collection.policies) {
    const identifiers = p.identifiers.map((i) => `${i.scheme} ${i.value}`);
    pages.push({ key: entityKey('policy', id), kind: 'policy', label: p.name, names: distinct([p.name, ...p.aliases, ...identifiers]) });
  }
  for (const [id, c] of collection.citations) {
    pages.push({ key: entityKey('citation', id), kind: 'citation', label: c.title, names: distinct([c.title]) });
  }
  const byCountry = new Map<string, string[]>();
  for (const [id, o] of collection.organizations) {
    for (const code of o.countries) byCountry.set(code, [...(byCountry.get(code) ?? []), entityKey('organization', id)]);
  }
  for (const p of collection.policies.values()) for (const code of p.countries) if (!byCountry.has(code)) byCountry.set(code, []);
  const countries = [...byCountry].map(([code, organizations]) => ({ label: countryName(code), names: distinct([countryName(code)]), organizations }));
  return { pages, countries };
}
