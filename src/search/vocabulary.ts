// The words and names a search can suggest when a query finds little ("Did you mean Guatemala?"):
// every word of the statements and of the organizations', policies' and works' records, with how
// often it occurs, and the names and aliases whole, in every language of the interface (one file
// serves both: a reader may type a name in either). Built with the site into /search/words.json.
import type { Collection } from '../content/model.ts';
import { termLabel } from '../content/terms.ts';
import { locales } from '../lib/locales.ts';
import { normalize } from './normalize.ts';
import { policyNamesInEveryLocale as policyNames } from './entity-names.ts';

export interface Vocabulary {
  /** [the word as most often written, occurrences], most frequent first. */
  words: [string, number][];
  /** Names and aliases of organizations, policies and works, as written. */
  names: string[];
}

/** Shorter words are left out: one changed letter makes another real word of most of them. */
const shortest = 4;

/** The countries' names in every language. */
function countryNames(collection: Collection): string[] {
  const codes = new Set([...collection.policies.values(), ...collection.organizations.values()].flatMap((r) => r.countries));
  return [...codes].flatMap((code) => locales.map((l) => termLabel('country', code, l)));
}

function* texts(collection: Collection): Generator<string> {
  for (const st of collection.statements) {
    yield st.data.title;
    yield st.data.summary;
    for (const a of st.data.authors) yield a.name;
    for (const p of st.passages) yield p.text;
    for (const n of st.noteTexts) yield n.text;
  }
  for (const o of collection.organizations.values()) yield* [o.name, ...o.aliases, o.description ?? ''];
  for (const p of collection.policies.values()) yield* [...policyNames(p), p.summary];
  for (const c of collection.citations.values()) yield c.title;
  yield* countryNames(collection);
}

export function vocabulary(collection: Collection): Vocabulary {
  const counts = new Map<string, Map<string, number>>();
  for (const text of texts(collection)) {
    for (const raw of text.match(/[\p{L}][\p{L}'’-]*[\p{L}]/gu) ?? []) {
      const key = normalize(raw);
      if (key.length < shortest || key.includes(' ')) continue;
      const forms = counts.get(key) ?? new Map<string, number>();
      forms.set(raw, (forms.get(raw) ?? 0) + 1);
      counts.set(key, forms);
    }
  }
  const words = [...counts.values()].map((forms): [string, number] => {
    const ranked = [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return [ranked[0]![0], ranked.reduce((n, [, c]) => n + c, 0)];
  });
  words.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const names = new Set<string>();
  for (const o of collection.organizations.values()) for (const n of [o.name, o.acronym, ...o.aliases]) if (n) names.add(n);
  for (const p of collection.policies.values()) for (const n of policyNames(p)) names.add(n);
  for (const n of countryNames(collection)) names.add(n);
  return { words, names: [...names].sort() };
}
