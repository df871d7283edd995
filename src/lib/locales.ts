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
