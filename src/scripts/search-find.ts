// Runs a query the way a reader means it: the page it names first (Pagefind's "name" filter), then
// the statements that involve that page (for a country, the statements about it and those its
// organizations signed), then everything else Pagefind finds; quoted phrases held word for word;
// "Did you mean" when little is found.
import { holdsPhrases, parseQuery } from '../search/query.ts';
import { pageTypes } from '../search/filters.ts';
import type { Locale } from '../lib/locales.ts';
import { entityKinds, involvement, involvesFilter, roleReasons, rolesOf, type EntityKind } from '../search/roles.ts';
import { searchWords } from '../search/words.ts';
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

export interface FinderOptions {
  /** The page's interface language, which is its index's (values and reasons are in it). */
  locale: Locale;
  /** The country filter's values in this index. */
  countries: string[];
  /** Other languages' country names → this index's (src/search/aliases.ts). */
  countryAliases?: Record<string, string>;
  loadVocabulary: () => Promise<Vocabulary>;
}

export class Finder {
  private vocabulary: Promise<Vocabulary> | undefined;
  private pagefind: PagefindApi;
  private options: FinderOptions;
  constructor(pagefind: PagefindApi, options: FinderOptions) {
    this.pagefind = pagefind;
    this.options = options;
  }

  /** Pages matching the state's filters and these, newest first; each the text search's own if it found it. */
  private async byFilter(state: SearchState, extra: Filters, text: Map<string, PagefindResult>): Promise<PagefindResult[]> {
    const response = await this.pagefind.search(null, { filters: { ...pagefindFilters(state), ...extra }, sort: { date: 'desc' } });
    return response.results.map((r) => text.get(r.id) ?? remember(r));
  }

  /** Statements that involve a named page, each with how (newest first). */
  private async involving(state: SearchState, kind: EntityKind, name: string, text: Map<string, PagefindResult>): Promise<Hit[]> {
    const roles = rolesOf(kind);
    const says = roleReasons(this.options.locale);
    const answers = await Promise.all(roles.map((role) => this.byFilter(state, { [involvesFilter]: { any: [involvement(kind, role, name)] } }, text)));
    return answers.flatMap((results, i) => results.map((result) => ({ result, why: says[roles[i]!](name) })));
  }

  /**
   * The pages a query names, then the statements that involve them; for a country, the statements
   * that name it, then those about it and those its organizations signed. A page the text search
   * found keeps that result (its excerpt marks the words); the first reason found for a page stays.
   */
  private async front(state: SearchState, query: string, found: PagefindResult[]): Promise<Hit[]> {
    const text = new Map(found.map((r) => [r.id, r]));
    const hits: Hit[] = [];
    const named = await this.byFilter(state, { [nameFilter]: { any: [normalize(query)] } }, text);
    for (const result of named) hits.push({ result });
    for (const { meta } of await Promise.all(named.map((r) => r.data()))) {
      const kind = entityKinds.find((k) => k === meta['entity-kind']);
      if (kind && meta['entity-name']) hits.push(...(await this.involving(state, kind, meta['entity-name'], text)));
    }
    const { locale, countries, countryAliases } = this.options;
    const country = namedCountry(query, countries, countryAliases);
    if (country) {
      const types = pageTypes(locale);
      const w = searchWords[locale];
      const statement = { type: { any: [types.statement] } };
      const inText = await this.pagefind.search(searchTerm(state), { filters: { ...pagefindFilters(state), ...statement } });
      hits.push(...inText.results.map((r) => ({ result: text.get(r.id) ?? remember(r) })));
      hits.push(...(await this.byFilter(state, { country: { any: [country] }, ...statement }, text)).map((result) => ({ result, why: w['search.why.about'](country) })));
      const based = (await this.pagefind.search(null, { filters: { country: { any: [country] }, type: { any: [types.organization] } } })).filters['organization'] ?? {};
      const signed = Object.keys(based).filter((org) => (based[org] ?? 0) > 0)
        .flatMap((org) => (['signed', 'authored', 'published'] as const).map((role) => involvement('organization', role, org)));
      if (signed.length) hits.push(...(await this.byFilter(state, { [involvesFilter]: { any: signed } }, text)).map((result) => ({ result, why: w['search.why.basedIn'](country) })));
    }
    return hits;
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
    let front = query.text && !pagefindFilters(state)[involvesFilter] ? await this.front(state, query.text, text) : [];
    if (query.phrases.length > 0) {
      const data = await Promise.all(front.map((h) => h.result.data()));
      front = front.filter((_, i) => holdsPhrases(data[i]!.content, query.phrases));
    }
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
    this.vocabulary ??= this.options.loadVocabulary();
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

