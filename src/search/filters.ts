// The search filters, in the order the search page shows them: one list shared by the pages that
// tag themselves for Pagefind, the URL state of /search/ and the filter controls.
export const filterKeys = ['type', 'policy', 'organization', 'role', 'country', 'year', 'language'] as const;

export type FilterKey = (typeof filterKeys)[number];

export const filterLabels: Record<FilterKey, string> = {
  type: 'Type',
  policy: 'Policy',
  organization: 'Organization',
  role: 'Role of the organization',
  country: 'Country',
  year: 'Year',
  language: 'Language',
};

/** The value of the type filter for each kind of indexed page. */
export const pageTypes = {
  statement: 'Statement',
  organization: 'Organization',
  policy: 'Policy',
  citation: 'Cited work',
} as const;

/** Values that older shared search links carry, and what each is called now. */
export const renamedFilterValues: Partial<Record<FilterKey, Record<string, string>>> = {
  type: { Source: pageTypes.citation },
};

export function isFilterKey(value: string): value is FilterKey {
  return (filterKeys as readonly string[]).includes(value);
}
