// The search page's state lives in its URL (/search/?q=metering&policy=Metering&policy=…) so a search
// can be shared, bookmarked and walked back through. This turns that URL into Pagefind's options and back.
import { filterKeys, type FilterKey } from './filters.ts';
import { compareCodePoints, compareText } from '../lib/compare.ts';

export interface SearchState {
  /** What was typed; empty when browsing by filter alone. */
  query: string;
  /** Chosen values per filter, in the order chosen; absent keys have none. */
  filters: Partial<Record<FilterKey, string[]>>;
}

export type FilterCounts = Record<string, Record<string, number>>;

/** Pagefind's filter syntax: any value of one filter (OR), every filter given (AND). */
export type PagefindFilters = Partial<Record<FilterKey, { any: string[] }>>;

export interface PagefindSearchOptions {
  filters: PagefindFilters;
  sort?: { date: 'desc' };
}

const dedupe = (values: string[]) => [...new Set(values.map((v) => v.trim()).filter(Boolean))];

export function parseSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters: SearchState['filters'] = {};
  for (const key of filterKeys) {
    const values = dedupe(params.getAll(key));
    if (values.length > 0) filters[key] = values;
  }
  return { query: (params.get('q') ?? '').trim(), filters };
}

/** "?q=…&type=…&type=…" with filters in the page's order, or "" for an empty search. */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  const query = state.query.trim();
  if (query) params.set('q', query);
  for (const key of filterKeys) for (const value of dedupe(state.filters[key] ?? [])) params.append(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function hasFilters(state: SearchState): boolean {
  return filterKeys.some((key) => (state.filters[key]?.length ?? 0) > 0);
}

export function isEmptySearch(state: SearchState): boolean {
  return !state.query.trim() && !hasFilters(state);
}

/** The chosen filters in Pagefind's syntax, leaving out one filter when counting that filter's values. */
export function pagefindFilters(state: SearchState, except?: FilterKey): PagefindFilters {
  const out: PagefindFilters = {};
  for (const key of filterKeys) {
    const values = state.filters[key] ?? [];
    if (key !== except && values.length > 0) out[key] = { any: [...values] };
  }
  return out;
}

/** A query ranks by relevance; filters alone list every match, newest first. */
export function searchOptions(state: SearchState): PagefindSearchOptions {
  const options: PagefindSearchOptions = { filters: pagefindFilters(state) };
  if (!state.query.trim()) options.sort = { date: 'desc' };
  return options;
}

/** Pagefind's term: null browses by filter alone. */
export function searchTerm(state: SearchState): string | null {
  return state.query.trim() || null;
}

export interface FacetValue {
  value: string;
  count: number;
  selected: boolean;
}

/**
 * The values one filter offers: those the current search would still find (with the count it would
 * find if chosen) and those already chosen. Counts for a filter with chosen values come from a search
 * without that filter, so choosing a second value widens the results (OR) and its count says by how many.
 * Order is stable as counts change (years newest first, other values alphabetically), so a control
 * does not move under the keyboard.
 */
export function facetValues(key: FilterKey, counts: Record<string, number> | undefined, state: SearchState): FacetValue[] {
  const selected = state.filters[key] ?? [];
  const values = new Set([...Object.keys(counts ?? {}).filter((v) => (counts?.[v] ?? 0) > 0), ...selected]);
  const order = key === 'year' ? (a: string, b: string) => compareCodePoints(b, a) : compareText;
  return [...values].sort(order).map((value) => ({ value, count: counts?.[value] ?? 0, selected: selected.includes(value) }));
}

/** Filters whose counts need a search of their own: those with values chosen. */
export function filtersCountedSeparately(state: SearchState): FilterKey[] {
  return filterKeys.filter((key) => (state.filters[key]?.length ?? 0) > 0);
}
