// The search page's URL state: parsing, serialising, and the Pagefind options built from it.
import { describe, expect, it } from 'vitest';
import {
  facetValues, filtersCountedSeparately, isEmptySearch, pagefindFilters, parseSearchState, searchOptions,
  searchTerm, serializeSearchState,
} from '../../../src/search/state.ts';

describe('search state in the URL', () => {
  it('reads the query and repeated parameters as several values of one filter', () => {
    const state = parseSearchState('?q=metering&policy=Metering&policy=Migrant+Protection+Protocols&year=2019');
    expect(state).toEqual({ query: 'metering', filters: { policy: ['Metering', 'Migrant Protection Protocols'], year: ['2019'] } });
  });

  it('ignores unknown parameters, empty values and repeats of the same value', () => {
    const state = parseSearchState('?q=+&utm_source=x&type=&type=Statement&type=Statement');
    expect(state).toEqual({ query: '', filters: { type: ['Statement'] } });
  });

  it('writes filters in the page order whatever order they were chosen in, and round-trips', () => {
    const url = serializeSearchState({ query: 'Remain in Mexico', filters: { year: ['2019'], type: ['Statement', 'Policy'] } });
    expect(url).toBe('?q=Remain+in+Mexico&type=Statement&type=Policy&year=2019');
    expect(parseSearchState(url)).toEqual({ query: 'Remain in Mexico', filters: { type: ['Statement', 'Policy'], year: ['2019'] } });
  });

  it('keeps accents and punctuation in values through the URL', () => {
    const state = { query: 'Matías', filters: { organization: ["Asociación Pop No'j", 'A & B'] } };
    expect(parseSearchState(serializeSearchState(state))).toEqual(state);
  });

  it('an empty search has an empty query string', () => {
    expect(serializeSearchState({ query: '  ', filters: { policy: [] } })).toBe('');
    expect(isEmptySearch(parseSearchState(''))).toBe(true);
  });
});

describe('Pagefind options from the state', () => {
  it('values of one filter are alternatives (any) and different filters all apply', () => {
    const state = parseSearchState('?type=Statement&type=Policy&country=Mexico');
    expect(pagefindFilters(state)).toEqual({ type: { any: ['Statement', 'Policy'] }, country: { any: ['Mexico'] } });
  });

  it('a filter counted for its own values is left out of the filters for that count', () => {
    const state = parseSearchState('?type=Statement&country=Mexico');
    expect(pagefindFilters(state, 'type')).toEqual({ country: { any: ['Mexico'] } });
    expect(filtersCountedSeparately(state)).toEqual(['type', 'country']);
  });

  it('a query ranks by relevance; filters alone sort newest first', () => {
    expect(searchOptions(parseSearchState('?q=metering&year=2019'))).toEqual({ filters: { year: { any: ['2019'] } } });
    expect(searchOptions(parseSearchState('?year=2019'))).toEqual({ filters: { year: { any: ['2019'] } }, sort: { date: 'desc' } });
    expect(searchTerm(parseSearchState('?year=2019'))).toBeNull();
    expect(searchTerm(parseSearchState('?q=+KIND+'))).toBe('KIND');
  });
});

describe('filter values offered', () => {
  it('lists values the search would still find and the chosen ones, with their counts', () => {
    const state = parseSearchState('?policy=Metering');
    const values = facetValues('policy', { Metering: 0, 'Safe third country agreements': 2, Daca: 0 }, state);
    expect(values).toEqual([
      { value: 'Metering', count: 0, selected: true },
      { value: 'Safe third country agreements', count: 2, selected: false },
    ]);
  });

  it('orders years newest first and other values alphabetically, whatever the counts', () => {
    const none = parseSearchState('');
    expect(facetValues('year', { '2017': 5, '2019': 1, '2018': 3 }, none).map((v) => v.value)).toEqual(['2019', '2018', '2017']);
    expect(facetValues('country', { Mexico: 1, Guatemala: 9 }, none).map((v) => v.value)).toEqual(['Guatemala', 'Mexico']);
  });
});

describe('links shared before cited works had one name', () => {
  it('reads the old type value "Source" as "Cited work"', () => {
    expect(parseSearchState('?type=Source&q=acuerdo')).toEqual({ query: 'acuerdo', filters: { type: ['Cited work'] } });
  });
});
