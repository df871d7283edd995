// The search filters, in the order the search page shows them: one list shared by the pages that
// tag themselves for Pagefind, the URL state of /search/ and the filter controls. Labels and the
// type filter's values are the interface's words (src/i18n/search.*.ts), in the page's language.
import type { Locale } from '../lib/locales.ts';
import { searchWords } from './words.ts';

export const filterKeys = ['type', 'policy', 'organization', 'role', 'country', 'year', 'language'] as const;

export type FilterKey = (typeof filterKeys)[number];

/** The filters' names in a language. */
export function filterLabels(locale: Locale): Record<FilterKey, string> {
  const w = searchWords[locale];
  return {
    type: w['search.filter.type'],
    policy: w['search.filter.policy'],
    organization: w['search.filter.organization'],
    role: w['search.filter.role'],
    country: w['search.filter.country'],
    year: w['search.filter.year'],
    language: w['search.filter.language'],
  };
}

/** The kinds of indexed page. */
export const pageKinds = ['statement', 'organization', 'policy', 'citation'] as const;
export type PageKind = (typeof pageKinds)[number];

/** The value of the type filter for each kind of indexed page, in a language. */
export function pageTypes(locale: Locale): Record<PageKind, string> {
  const w = searchWords[locale];
  return {
    statement: w['search.type.statement'],
    organization: w['search.type.organization'],
    policy: w['search.type.policy'],
    citation: w['search.type.citation'],
  };
}

/** Values that older shared search links carry, and the kind of page each stands for now. */
export const renamedFilterValues: { type: Record<string, PageKind> } = {
  type: { Source: 'citation' },
};

export function isFilterKey(value: string): value is FilterKey {
  return (filterKeys as readonly string[]).includes(value);
}
