// The search page's state lives in its URL (/search/?q=metering&policy=Metering&policy=…) so a search
// can be shared, bookmarked and walked back through. This turns that URL into Pagefind's options and back.
import { filterKeys, type FilterKey } from './filters.ts';
import { compareCodePoints, compareText } from '../lib/compare.ts';
import { defaultLocale, type Locale } from '../lib/locales.ts';
import { interfaceAliases, type FilterAliases } from './aliases.ts';
import { involvement, involvesFilter, organizationRoles, roleLabels, roleOf } from './roles.ts';

export interface SearchState {
  /** What was typed; empty when browsing by filter alone. */
  query: string;
  /** Chosen values per filter, in the order chosen; absent keys have none. */
  filters: Partial<Record<FilterKey, string[]>>;
}

export type FilterCounts = Record<string, Record<string, number>>;

/** Pagefind's filter syntax: any value of one filter (OR), every filter given (AND). */
export type PagefindFilters = Partial<Record<FilterKey | typeof involvesFilter, { any: string[] }>>;

export interface PagefindSearchOptions {
  filters: PagefindFilters;
  sort?: { date: 'desc' };
}

const dedupe = (values: string[]) => [...new Set(values.map((v) => v.trim()).filter(Boolean))];

/**
 * The state a URL describes, its filter values in the page's language: values of another language or
 * renamed since (aliases, src/search/aliases.ts) read as the page's own.
 */
export function parseSearchState(search: string | URLSearchParams, aliases: FilterAliases = interfaceAliases(defaultLocale)): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters: SearchState['filters'] = {};
  for (const key of filterKeys) {
    const renamed = aliases[key] ?? {};
    const values = dedupe(params.getAll(key).map((v) => renamed[v.trim()] ?? v));
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

/**
 * The chosen filters in Pagefind's syntax, leaving out one filter when counting that filter's values.
 * Organizations and roles chosen together mean "these organizations in these roles", one filter.
 */
export function pagefindFilters(state: SearchState, except?: FilterKey): PagefindFilters {
  const out: PagefindFilters = {};
  for (const key of filterKeys) {
    const values = state.filters[key] ?? [];
    if (key !== except && values.length > 0) out[key] = { any: [...values] };
  }
  if (out.organization && out.role) {
    const roles = out.role.any.flatMap((label) => roleOf(label) ?? []);
    out[involvesFilter] = { any: out.organization.any.flatMap((org) => roles.map((role) => involvement('organization', role, org))) };
    delete out.organization;
    delete out.role;
  }
  return out;
}

/**
 * Counts of organizations (given the roles chosen) or of roles (given the organizations chosen),
 * from Pagefind's counts of the involvement filter: how many pages each pairing would find (exact for
 * one value chosen on the other side; with several, the largest single pairing).
 */
export function pairedCounts(key: 'organization' | 'role', involves: Record<string, number> | undefined, state: SearchState, locale: Locale): Record<string, number> {
  const other = key === 'organization' ? state.filters.role ?? [] : state.filters.organization ?? [];
  const out: Record<string, number> = {};
  for (const [value, count] of Object.entries(involves ?? {})) {
    const [kind, role, ...rest] = value.split(':');
    const org = rest.join(':');
    const known = organizationRoles.find((r) => r === role);
    if (kind !== 'organization' || !known) continue;
    const label = roleLabels(locale)[known];
    const [mine, theirs] = key === 'organization' ? [org, label] : [label, org];
    if (other.includes(theirs)) out[mine] = Math.max(out[mine] ?? 0, count);
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
