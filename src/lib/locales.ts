// The languages the site's interface speaks, and where each lives: English at /, Spanish under /es/.
// Page addresses are the same in both but for that prefix, so a page and its anchors map one to one.
export const locales = ['en', 'es'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The prefix of a locale's pages: "" for the default, "/es" for Spanish. */
export const localePrefix = (locale: Locale): string => (locale === defaultLocale ? '' : `/${locale}`);

/** The locale a site path belongs to, from its first segment. */
export function localeOfPath(pathname: string): Locale {
  const first = pathname.split('/')[1];
  return isLocale(first) && first !== defaultLocale ? first : defaultLocale;
}

/** A site path without its locale prefix: "/es/policies/x/#p-2" is "/policies/x/#p-2". */
export function pathWithoutLocale(pathname: string): string {
  const locale = localeOfPath(pathname);
  return locale === defaultLocale ? pathname : pathname.slice(localePrefix(locale).length) || '/';
}

/** The same page in another locale: localePath("/policies/x/", "es") is "/es/policies/x/". */
export function localePath(pathname: string, locale: Locale): string {
  return localePrefix(locale) + pathWithoutLocale(pathname);
}

/**
 * The `locale` parameter of the pages under src/pages/[...locale]/: one set of page files serves
 * every locale, the default's pages with no prefix (undefined) and the others' under theirs.
 */
export const localeParam = (locale: Locale): string | undefined => (locale === defaultLocale ? undefined : locale);

/** getStaticPaths for a page with no other parameter: one page per locale. */
export const localeStaticPaths = () => locales.map((locale) => ({ params: { locale: localeParam(locale) } }));

/** Each of a page's paths in every locale: `paths` gives a page's params (and props) for one locale. */
export function inEveryLocale<P extends { params: Record<string, string | undefined>; props?: object }>(paths: (locale: Locale) => P[]) {
  return locales.flatMap((locale) => paths(locale).map((p) => ({ ...p, params: { ...p.params, locale: localeParam(locale) } })));
}
