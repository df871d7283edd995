// What the search page shows for Pagefind's results: excerpts as text, sub-results, announcements.
import { describe, expect, it } from 'vitest';
import { excerptSegments, pageExcerpt, pickSubResults, statusMessage, unmatchedWords, type SubResult } from '../../../src/search/results.ts';
import { parseSearchState } from '../../../src/search/state.ts';

const sub = (title: string, hits: number, anchored = true): SubResult => ({
  title, url: `/s/#${title}`, excerpt: `${title} <mark>x</mark>`, locations: Array.from({ length: hits }, (_, i) => i),
  ...(anchored ? { anchor: { id: title, element: 'li', location: 0 } } : {}),
});

describe('excerpts', () => {
  it('splits marked words from the rest and decodes escaped characters, never keeping markup', () => {
    expect(excerptSegments('a &lt;b&gt; &amp; <mark>MPP</mark>&#39;s <em>x</em>')).toEqual([
      { text: 'a <b> & ', marked: false },
      { text: 'MPP', marked: true },
      { text: "'s x", marked: false },
    ]);
  });

  it('under a result with sub-results, shows only the excerpt of the page before its first part, if it matched', () => {
    const note = sub('Note 9', 1);
    const header = { ...sub('Title', 2, false), excerpt: 'a <mark>Vanguardia</mark> header' };
    const data = (subResults: SubResult[]) => ({ url: '/s/', excerpt: 'whole page <mark>x</mark>', meta: {}, sub_results: subResults });
    expect(pageExcerpt(data([note]), [note])).toBeUndefined();
    expect(pageExcerpt(data([header, note]), [note])).toBe('a <mark>Vanguardia</mark> header');
    expect(pageExcerpt(data([header]), [])).toBe('whole page <mark>x</mark>');
  });
});

describe('sub-results', () => {
  it('keeps the three anchored parts with most matches, in page order', () => {
    const picked = pickSubResults([sub('page', 9, false), sub('Paragraph 1', 1), sub('Paragraph 2', 4), sub('Note 9', 2), sub('Note 10', 3)]);
    expect(picked.map((s) => s.title)).toEqual(['Paragraph 2', 'Note 9', 'Note 10']);
  });
});

describe('announcements', () => {
  it('says how many results a query found and with which filters', () => {
    expect(statusMessage(parseSearchState('?q=metering&policy=Metering&policy=MPP'), 3, 'en'))
      .toBe('3 results for “metering” with Policy: Metering or MPP.');
    expect(statusMessage(parseSearchState('?q=zzz'), 0, 'en')).toBe('No results for “zzz”.');
  });

  it('says a filter-only listing is newest first', () => {
    expect(statusMessage(parseSearchState('?type=Statement&year=2019'), 2, 'en')).toBe('2 results for Type: Statement; Year: 2019, newest first.');
    expect(statusMessage(parseSearchState('?type=Statement'), 1, 'en')).toBe('1 result for Type: Statement.');
  });
});

describe('words the results do not hold', () => {
  const result = (excerpt: string) => ({ excerpt, sub_results: [] });

  it('a word Pagefind marks, or marks a form of, is held', () => {
    expect(unmatchedWords('migrants Guatemala', [result('the <mark>migrant</mark> caravans'), result('in <mark>Guatemala</mark>')])).toEqual([]);
  });

  it('a word whose results only share its first letters is not held', () => {
    expect(unmatchedWords('Degenhardt', [result('Centro <mark>de</mark> Derechos'), result('Red <mark>de</mark> Mujeres')])).toEqual(['degenhardt']);
    expect(unmatchedWords('guatamala border', [result('the <mark>border</mark>')])).toEqual(['guatamala']);
  });

  it('short words and numbers are not checked', () => {
    expect(unmatchedWords('EO 13769', [result('nothing marked')])).toEqual([]);
  });
});

describe('the excerpt of a page listed for what it involves', () => {
  const summary = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ');

  it('is its summary, cut at thirty words, when no word of the page is marked', () => {
    expect(pageExcerpt({ excerpt: 'Joint statement. June 13, 2019.', meta: { summary }, sub_results: [] }, [])).toBe(`${summary.split(' ').slice(0, 30).join(' ')}…`);
  });

  it('is Pagefind\'s excerpt when it marks the words searched for', () => {
    expect(pageExcerpt({ excerpt: 'the <mark>border</mark>', meta: { summary }, sub_results: [] }, [])).toBe('the <mark>border</mark>');
  });
});
