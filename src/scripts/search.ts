// The search page (/search/): a query field and filters over Pagefind's JavaScript API, with the
// whole state in the URL. Typing replaces the current history entry; choosing a filter or
// submitting adds one, so the back button walks back through searches.
import { filterKeys, type FilterKey } from '../search/filters.ts';
import { interfaceAliases, mergeAliases, type FilterAliases } from '../search/aliases.ts';
import { involvesFilter } from '../search/roles.ts';
import { localeOfLang, searchWords } from '../search/words.ts';
import {
  facetValues, filtersCountedSeparately, isEmptySearch, pagefindFilters, pairedCounts, parseSearchState, searchOptions,
  searchTerm, serializeSearchState, type FacetValue, type FilterCounts, type PagefindSearchOptions, type SearchState,
} from '../search/state.ts';
import { statusMessage } from '../search/results.ts';
import type { Vocabulary } from '../search/vocabulary.ts';
import { Finder, fewResults, firstPage, type Hit, type PagefindApi, type PagefindResponse } from './search-find.ts';
import { narrowFacet, renderFacets, renderHelp, resultItem } from './search-view.ts';
// The language switch's script, in this bundle rather than a request of its own (Base: switchInPageScript).
import './page-language.ts';

interface Pagefind extends PagefindApi {
  init: () => Promise<void>;
  filters: () => Promise<FilterCounts>;
  preload: (term: string, options?: PagefindSearchOptions) => Promise<void>;
}

const json = <T>(path: string): Promise<T> => fetch(new URL(path, location.href)).then((r) => (r.ok ? (r.json() as Promise<T>) : Promise.reject(new Error(path))));

const morePage = 20;
const typingDelay = 250;

const root = document.querySelector<HTMLElement>('[data-search-root]');
if (root) void start(root);

/** The content's values in other languages, which the page carries (src/search/content-aliases.ts). */
function pageAliases(root: HTMLElement): FilterAliases {
  try {
    return JSON.parse(root.dataset['filterAliases'] ?? '{}') as FilterAliases;
  } catch {
    return {};
  }
}

async function start(root: HTMLElement) {
  // The page's language is its index's: Pagefind loads the index of the <html lang> it runs in.
  const locale = localeOfLang(document.documentElement.lang);
  const w = searchWords[locale];
  const aliases = mergeAliases(interfaceAliases(locale), pageAliases(root));
  const parse = (search: string | URLSearchParams) => parseSearchState(search, aliases);
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const results = root.querySelector<HTMLElement>('[data-search-results-section]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const clear = root.querySelector<HTMLButtonElement>('[data-clear-filters]')!;
  const help = root.querySelector<HTMLElement>('[data-search-help]')!;
  for (const el of root.querySelectorAll<HTMLElement>('[data-needs-script]')) el.hidden = false;
  // On a phone the filters start closed, folded into one line, so the results are not pushed off the
  // screen; the panel opens by itself when the URL chose filters. On wide screens it is always open.
  const phone = matchMedia('(max-width: 47.99rem)');
  const panel = form.querySelector<HTMLDetailsElement>('[data-filters-panel]')!;
  if (phone.matches) for (const group of form.querySelectorAll('details')) group.open = false;
  phone.addEventListener('change', () => { if (!phone.matches) panel.open = true; });

  let pagefind: Pagefind;
  let totals: FilterCounts;
  let finder: Finder;
  try {
    pagefind = (await import(/* @vite-ignore */ new URL('/pagefind/pagefind.js', location.href).href)) as Pagefind;
    await pagefind.init();
    totals = await pagefind.filters();
    finder = new Finder(pagefind, {
      locale,
      countries: Object.keys(totals['country'] ?? {}),
      countryAliases: aliases.country,
      loadVocabulary: () => json<Vocabulary>('/search/words.json'),
    });
  } catch {
    status.textContent = w['search.unavailable'];
    return;
  }

  const baseTitle = document.title;
  let run = 0;
  let typingEntry = false;
  let pending: ReturnType<typeof setTimeout> | undefined;
  let shown: Hit[] = [];

  const stateFromForm = (): SearchState =>
    parse(new URLSearchParams([...new FormData(form)].map(([key, value]) => [key, String(value)])));

  function fillForm(state: SearchState) {
    input.value = state.query;
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.checked = state.filters[box.name as FilterKey]?.includes(box.value) ?? false;
    }
  }

  function commit(state: SearchState, mode: 'push' | 'replace') {
    const next = `${location.pathname}${serializeSearchState(state)}`;
    if (next === `${location.pathname}${location.search}`) return;
    if (mode === 'push') history.pushState(null, '', next);
    else history.replaceState(null, '', next);
  }

  async function counts(state: SearchState, main: PagefindResponse | undefined): Promise<Record<FilterKey, FacetValue[]>> {
    const byKey = {} as Record<FilterKey, FacetValue[]>;
    const separate = filtersCountedSeparately(state);
    const extra = await Promise.all(separate.map((key) =>
      pagefind.search(searchTerm(state), { filters: pagefindFilters(state, key) }).then((r) => [key, r.filters[key]] as const)));
    const own = new Map<FilterKey, Record<string, number> | undefined>(extra);
    // Organizations and roles chosen together are one filter; each side is counted from the pairings
    // among the pages the other filters find (a role counts statements that cite or name the organization too).
    if (state.filters.role?.length || state.filters.organization?.length) {
      const others = { ...state, filters: { ...state.filters, organization: [], role: [] } };
      const involves = (await pagefind.search(searchTerm(state), { filters: pagefindFilters(others) })).filters[involvesFilter];
      if (state.filters.role?.length) own.set('organization', pairedCounts('organization', involves, state, locale));
      if (state.filters.organization?.length) own.set('role', pairedCounts('role', involves, state, locale));
    }
    for (const key of filterKeys) byKey[key] = facetValues(key, own.get(key) ?? (main ? main.filters[key] : totals[key]), state);
    return byKey;
  }

  async function showMore(focusFirst: boolean) {
    const start = list.children.length;
    const page = shown.slice(start, start + (start === 0 ? firstPage : morePage));
    const items = (await Promise.all(page.map((hit) => hit.result.data()))).map((d, i) => resultItem(d, locale, page[i]!.why));
    list.append(...items);
    more.hidden = list.children.length >= shown.length;
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  }

  /** Marks the search shown as finished (aria-busy for assistive technology, data-search-done for tests). */
  function done(state: SearchState) {
    document.title = state.query ? w['search.pageTitle'](state.query, baseTitle) : baseTitle;
    results.setAttribute('aria-busy', 'false');
    root.dataset['searchDone'] = serializeSearchState(state);
  }

  async function update(state: SearchState) {
    const id = ++run;
    results.setAttribute('aria-busy', 'true');
    clear.hidden = !filterKeys.some((key) => state.filters[key]?.length);
    if (isEmptySearch(state)) {
      const facets = await counts(state, undefined);
      if (id !== run) return;
      renderFacets(form, facets, locale);
      shown = [];
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      renderHelp(help, [], false, locale);
      done(state);
      return;
    }
    const found = await finder.find(state);
    const facets = await counts(state, found.response);
    if (id !== run) return;
    renderFacets(form, facets, locale);
    shown = found.hits;
    list.replaceChildren();
    await showMore(false);
    if (id !== run) return;
    status.textContent = found.corrected
      ? w['search.status.corrected'](state.query, statusMessage({ ...state, query: found.corrected }, shown.length, locale))
      : statusMessage(state, shown.length, locale);
    const href = (query: string) => `${location.pathname}${serializeSearchState({ ...state, query })}`;
    renderHelp(help, found.suggestions.map((text) => ({ text, href: href(text) })), shown.length < fewResults, locale);
    done(state);
  }

  input.addEventListener('input', () => {
    clearTimeout(pending);
    const term = input.value.trim();
    if (term) void pagefind.preload(term);
    pending = setTimeout(() => {
      const state = stateFromForm();
      commit(state, typingEntry ? 'replace' : 'push');
      typingEntry = true;
      void update(state);
    }, typingDelay);
  });
  form.addEventListener('change', (event) => {
    if (!(event.target instanceof HTMLInputElement) || event.target.type !== 'checkbox') return;
    const state = stateFromForm();
    typingEntry = false;
    commit(state, 'push');
    void update(state);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(pending);
    const state = stateFromForm();
    commit(state, typingEntry ? 'replace' : 'push');
    typingEntry = false;
    void update(state);
  });
  clear.addEventListener('click', () => {
    const state: SearchState = { query: input.value, filters: {} };
    fillForm(state);
    typingEntry = false;
    commit(state, 'push');
    void update(state);
    input.focus();
  });
  more.addEventListener('click', () => void showMore(true));
  for (const narrow of form.querySelectorAll<HTMLInputElement>('[data-filter-narrow]')) {
    const values = narrow.parentElement!.querySelector<HTMLUListElement>('ul')!;
    narrow.addEventListener('input', () => narrowFacet(narrow, values));
    narrow.addEventListener('keydown', (event) => { if (event.key === 'Enter') event.preventDefault(); });
  }
  window.addEventListener('popstate', () => {
    clearTimeout(pending);
    typingEntry = false;
    const state = parse(location.search);
    fillForm(state);
    void update(state);
  });

  const initial = parse(location.search);
  // A shared link in the other language's values (or old ones) is rewritten in this page's, so the
  // address the reader shares next speaks the page's language.
  if (serializeSearchState(initial) !== serializeSearchState(parseSearchState(location.search, {}))) commit(initial, 'replace');
  fillForm(initial);
  await update(initial);
}
