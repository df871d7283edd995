// Languages statements and cited works are written in (BCP 47 primary subtags), with display names.
export const languages = {
  en: 'English',
  es: 'Spanish',
  fr: 'French',
  pt: 'Portuguese',
  ht: 'Haitian Creole',
} as const;

export type LanguageCode = keyof typeof languages;
export const languageCodes = Object.keys(languages) as [LanguageCode, ...LanguageCode[]];

export function languageName(code: string): string {
  return (languages as Record<string, string>)[code] ?? code;
}
