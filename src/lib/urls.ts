// Every page address the site builds, in one place, so links and routes cannot drift apart.
export const urls = {
  home: () => '/',
  statements: () => '/statements/',
  statement: (slug: string) => `/statements/${slug}/`,
  /** The plain-text transcription a statement's text was made from. */
  transcription: (slug: string) => `/statements/${slug}/transcription/`,
  organizations: () => '/organizations/',
  organization: (id: string) => `/organizations/${id}/`,
  policies: () => '/policies/',
  policy: (id: string) => `/policies/${id}/`,
  citations: () => '/cited-works/',
  citation: (id: string) => `/cited-works/${id}/`,
  search: () => '/search/',
  about: () => '/about/',
  data: () => '/data/',
  feed: () => '/feed.xml',
};

/** Anchors inside a statement page. Footnotes use fn-N / fnref-N, numbered as the reader sees them. */
export const anchors = {
  note: (n: number) => `fn-${n}`,
  reference: (n: number, occurrence = 1) => (occurrence === 1 ? `fnref-${n}` : `fnref-${n}-${occurrence}`),
  passage: (n: number) => `p-${n}`,
  editorNote: (id: string) => `ed-${id}`,
  /** The flagged words an editor's note links back to. */
  editorFlag: (id: string) => `edref-${id}`,
};
