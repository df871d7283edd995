// content/terms.yaml: the names of the codes records use (kinds, types, countries, languages) in
// each language of the site. The codes themselves are the schemas' and src/lib's; every code needs
// its English name here, and its Spanish one (a missing Spanish name is a warning, not an error).
import { z } from 'zod';
import { countryCodes } from '../../lib/countries.ts';
import { languageCodes } from '../../lib/languages.ts';
import { text } from './common.ts';
import { citationKinds } from './citation.ts';
import { organizationTypes } from './organization.ts';
import { policyKinds } from './policy.ts';
import { statementKinds } from './statement.ts';

export const termName = z
  .strictObject({
    en: text.describe('The name in English, as the English pages show it.'),
    es: text.describe('The name in Spanish, as the Spanish pages show it.').optional(),
  })
  .describe('The name of one code in each language.');

function namesOf<const C extends readonly [string, ...string[]]>(codes: C, what: string) {
  const shape = Object.fromEntries(codes.map((code) => [code, termName])) as { [K in C[number]]: typeof termName };
  return z.strictObject(shape).describe(`The names of ${what}, one entry per code: ${codes.join(', ')}.`);
}

/** The groups of terms, by their key in terms.yaml, each with the codes it must name. */
export const termGroups = {
  statementKinds: statementKinds,
  organizationTypes: organizationTypes,
  policyKinds: policyKinds,
  citationKinds: citationKinds,
  countries: countryCodes,
  languages: languageCodes,
} as const;

export type TermsKey = keyof typeof termGroups;

export const termsSchema = z.strictObject({
  statementKinds: namesOf(statementKinds, 'the kinds of statement'),
  organizationTypes: namesOf(organizationTypes, 'the types of organization'),
  policyKinds: namesOf(policyKinds, 'the kinds of policy'),
  citationKinds: namesOf(citationKinds, 'the kinds of cited work'),
  countries: namesOf(countryCodes, 'the countries (ISO 3166-1 codes)'),
  languages: namesOf(languageCodes, 'the languages (BCP 47 codes)'),
});

export type TermName = z.output<typeof termName>;
export type Terms = z.output<typeof termsSchema>;
