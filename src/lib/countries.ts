// Country codes the collection uses (ISO 3166-1 alpha-2). Their names, in English and Spanish, are
// content (content/terms.yaml). Add a code here and its names there when a new statement needs it;
// the validator lists these codes in its hint and asks for the names.
export const countryCodes = ['CA', 'CR', 'CU', 'GT', 'HN', 'MX', 'NI', 'PA', 'SV', 'US', 'BZ', 'CO', 'VE', 'HT', 'ES', 'GB', 'CH'] as const;

export type CountryCode = (typeof countryCodes)[number];
