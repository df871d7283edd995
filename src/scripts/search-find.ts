// Runs a query the way a reader means it: the page it names first (Pagefind's "name" filter), then
// the statements that involve that page (for a country, the statements about it and those its
// organizations signed), then everything else Pagefind finds; quoted phrases held word for word;
// "Did you mean" when little is found.
import { holdsPhrases, parseQuery } from '../search/query.ts';
import { pageTypes } from '../search/filters.ts';
import { entityKinds, involvement, involvesFilter, rolesOf, type EntityKind, type Role } from '../search/roles.ts';
import { nameFilter, namedCountry } from '../search/names.ts';
import { normalize } from '../search/normalize.ts';
import { pagefindFilters, searchOptions, searchTerm, type SearchState } from '../search/state.ts';
import { checkedWords, unmatchedWords, type ResultData } from '../search/results.ts';
import type { Vocabulary } from '../search/vocabulary.ts';

export interface PagefindResult { id: string; data: () => Promise<ResultData> }
export interface PagefindResponse { results: PagefindResult[]; filters: Record<string, Record<string, number>> }
type Filters = Record<string, { any: string[] }>;
export interface PagefindApi {
  search: (term: string | null, options?: { filters?: Filters; sort?: Record<string, 'asc' | 'desc'> }) => Promise<PagefindResponse>;
}

export interface Hit { result: PagefindResult; why?: string }

export interface Found {
  /** Pagefind's answer to the query itself (its filter counts feed the filter controls). */
  response: PagefindResponse;
  hits: Hit[];
  /** The query shown instead, when the one typed found nothing and a near one did. */
  corrected?: string;
  /** Other queries the reader may have meant, when little was found. */
  suggestions: string[];
}

/** Fewer results than this and the page offers "Did you mean". */
export const fewResults = 3;
/** As many results as Pagefind's default UI shows first (each costs a fragment request). */
export const firstPage = 5;

const says: Record<Role, (name: string) => string> = {
  signed: (n) => `Signed by ${n}`,
  authored: (n) => `Written by someone at ${n}`,
  published: (n) => `Published by ${n}`,
  cited: (n) => `Cites ${n}`,
  named: (n) => `Names ${n}`,
  discussed: (n) => `Discusses ${n}`,
};

export class Finder {
  private vocabulary: Promise<Vocabulary> | undefined;
  private pagefind: PagefindApi;
  /** The country filter's values. */
  private countries: string[];
  private loadVocabulary: () => Promise<Vocabulary>;
  constructor(pagefind: PagefindApi, countries: string[], loadVocabulary: () => Promise<Vocabulary>) {
    this.pagefind = pagefind;
    this.countries = countries;
    this.loadVocabulary = loadVocabulary;
  }

  private byFilter(state: SearchState, extra: Filters): Promise<PagefindResponse> {
    return this.pagefind.search(null, { filters: { ...pagefindFilters(state), ...extra }, sort: { date: 'desc' } });
  }

  /** Statements that involve a named page, each with how (newest first). */
  private async involving(state: SearchState, kind: EntityKind, name: string): Promise<Hit[]> {
    const roles = rolesOf(kind);
    const answers = await Promise.all(roles.map((role) => this.byFilter(state, { [involvesFilter]: { any: [involvement(kind, role, name)] } })));
    return answers.flatMap((a, i) => a.results.map((result) => ({ result, why: says[roles[i]!](name) })));
  }

  /** The pages a query names, then the statements that involve them; for a country, its statements. */
  private async front(state: SearchState, query: string, text: PagefindResult[]): Promise<Hit[]> {
    const hits: Hit[] = [];
    const named = (await this.byFilter(state, { [nameFilter]: { any: [normalize(query)] } })).results.map(remember);
    for (const result of named) hits.push({ result });
    for (const { meta } of await Promise.all(named.map((r) => r.data()))) {
      const kind = entityKinds.find((k) => k === meta['entity-kind']);
      if (kind && meta['entity-name']) hits.push(...(await this.involving(state, kind, meta['entity-name'])));
    }
    const country = namedCountry(query, this.countries);
    if (country) {
      const statement = { type: { any: [pageTypes.statement] } };
      hits.push(...(await this.pagefind.search(searchTerm(state), { filters: { ...pagefindFilters(state), ...statement } })).results.map((result) => ({ result })));
      hits.push(...(await this.byFilter(state, { country: { any: [country] }, ...statement })).results.map((result) => ({ result, why: `About ${country}` })));
      const based = (await this.pagefind.search(null, { filters: { country: { any: [country] }, type: { any: [pageTypes.organization] } } })).filters['organization'] ?? {};
      const signed = Object.keys(based).filter((org) => (based[org] ?? 0) > 0)
        .flatMap((org) => (['signed', 'authored', 'published'] as const).map((role) => involvement('organization', role, org)));
      if (signed.length) hits.push(...(await this.byFilter(state, { [involvesFilter]: { any: signed } })).results.map((result) => ({ result, why: `From organizations in ${country}` })));
    }
    // A statement found by its text keeps the text's excerpt; the first reason found for it stays.
    const inText = new Map(text.map((r) => [r.id, r]));
    return hits.map((h) => ({ ...h, result: inText.get(h.result.id) ?? remember(h.result) }));
  }

  async find(state: SearchState, suggest = true): Promise<Found> {
    const query = parseQuery(state.query);
    const response = await this.pagefind.search(searchTerm(state), searchOptions(state));
    let text = response.results.map(remember);
    if (query.phrases.length > 0) {
      const data = await Promise.all(text.map((r) => r.data()));
      text = text.filter((_, i) => holdsPhrases(data[i]!.content, query.phrases));
    }
    // An organization and a role chosen together already filter by involvement: no second one.
    const front = query.text && !pagefindFilters(state)[involvesFilter] ? await this.front(state, query.text, text) : [];
    const seen = new Set<string>();
    const hits = [...front, ...text.map((result) => ({ result }))].filter((h) => !seen.has(h.result.id) && seen.add(h.result.id));
    const found: Found = { response, hits, suggestions: [] };
    if (!suggest || !query.text || front.length > 0) return found;
    // Pagefind answers a word it does not know with pages that share its first letters: a word that
    // no excerpt of the first results marks was not found, whatever the count.
    const shown = await Promise.all(hits.slice(0, firstPage).map((h) => h.result.data()));
    const unmatched = unmatchedWords(query.text, shown);
    if (hits.length >= fewResults && unmatched.length === 0) return found;
    // The vocabulary and the distance code are fetched only now: most searches never need them.
    this.vocabulary ??= this.loadVocabulary();
    const { suggestions } = await import('../search/suggest.ts');
    found.suggestions = suggestions(query.text, await this.vocabulary.catch(() => ({ words: [], names: [] })));
    const nothing = hits.length === 0 || (unmatched.length > 0 && unmatched.length === checkedWords(query.text).length);
    if (nothing && found.suggestions[0]) {
      const again = await this.find({ ...state, query: found.suggestions[0] }, false);
      if (again.hits.length > 0) return { ...again, corrected: found.suggestions[0], suggestions: found.suggestions.slice(1) };
    }
    return found;
  }
}

/** A result whose data is fetched once however often it is asked for. */
function remember(result: PagefindResult): PagefindResult {
  let data: Promise<ResultData> | undefined;
  return { id: result.id, data: () => (data ??= result.data()) };
}

