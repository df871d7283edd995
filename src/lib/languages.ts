// Languages statements and cited works are written in (BCP 47 primary subtags). Their names, in
// English and Spanish, are content (content/terms.yaml).
export const languageCodes = ['en', 'es', 'fr', 'pt', 'ht'] as const;

export type LanguageCode = (typeof languageCodes)[number];
