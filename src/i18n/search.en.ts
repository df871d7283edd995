// The search page's English words (filters, counts, messages), kept apart from the rest of the
// interface's so the search can grow its own. Spread into en.ts.
export const searchEn = {
  'search.title': 'Search',
};
