// Country codes the collection uses (ISO 3166-1 alpha-2), with English names for display.
// Add a country here when a new statement needs it; the validator lists these codes in its hint.
export const countries = {
  CA: 'Canada',
  CR: 'Costa Rica',
  CU: 'Cuba',
  GT: 'Guatemala',
  HN: 'Honduras',
  MX: 'Mexico',
  NI: 'Nicaragua',
  PA: 'Panama',
  SV: 'El Salvador',
  US: 'United States',
  BZ: 'Belize',
  CO: 'Colombia',
  VE: 'Venezuela',
  HT: 'Haiti',
  ES: 'Spain',
  GB: 'United Kingdom',
  CH: 'Switzerland',
} as const;

export type CountryCode = keyof typeof countries;
export const countryCodes = Object.keys(countries) as [CountryCode, ...CountryCode[]];

export function countryName(code: string): string {
  return (countries as Record<string, string>)[code] ?? code;
}
