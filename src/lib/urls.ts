// Every page address the site builds, in one place, so links and routes cannot drift apart.
// `urls` gives the default locale's paths; `urlsFor(locale)` the same pages in a locale
// (src/lib/locales.ts: Spanish pages are the English paths under /es/).
import { localePath, type Locale } from './locales.ts';
import { madeOnce } from './made-once.ts';

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

export type Urls = typeof urls;

/** The same addresses for the pages of one locale: urlsFor('es').policy('x') is "/es/policies/x/". */
export function urlsFor(locale: Locale): Urls {
  // Pages ask for their locale's addresses many times each: the set is made once per locale.
  return madeOnce(`urls ${locale}`, () =>
    Object.fromEntries(
      Object.entries(urls).map(([name, make]) => [name, (...args: [string]) => localePath((make as (...a: string[]) => string)(...args), locale)]),
    ) as Urls,
  );
}

/** Anchors inside a statement page. Footnotes use fn-N / fnref-N, numbered as the reader sees them. */
export const anchors = {
  note: (n: number) => `fn-${n}`,
  reference: (n: number, occurrence = 1) => (occurrence === 1 ? `fnref-${n}` : `fnref-${n}-${occurrence}`),
  passage: (n: number) => `p-${n}`,
  editorNote: (id: string) => `ed-${id}`,
  /** The flagged words an editor's note links back to. */
  editorFlag: (id: string) => `edref-${id}`,
};
