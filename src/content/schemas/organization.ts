// An organization: a signatory, an author's affiliation, a publisher, or an actor a statement names.
import { z } from 'zod';
import { countryCode, httpUrl, ref, text } from './common.ts';
import { spanishVersions } from './spanish.ts';

export const organizationTypes = [
  'ngo',
  'faith-based',
  'coalition',
  'legal-services',
  'research',
  'labor-union',
  'indigenous-authority',
  'government',
  'government-agency',
  'intergovernmental',
  'news-outlet',
  'other',
] as const;

// Each field's description is what the editors' guide, `npm run new` and the importer say about it.
export const organizationSchema = z.strictObject({
  name: text.describe('The full name, in the language the organization uses.'),
  acronym: text.describe('The acronym it goes by, e.g. WOLA.').optional(),
  aliases: z.array(text).default([]).describe('Other names texts use for it, including translations; signatories and mentions are matched by these.'),
  countries: z.array(countryCode).default([]).describe('Where it is based (two-letter codes); empty for international bodies.'),
  type: z.enum(organizationTypes, { error: `expected one of: ${organizationTypes.join(', ')}` }).describe('What sort of organization it is.'),
  affiliations: z.array(ref).default([]).describe('Ids of organizations it belongs to or is part of.'),
  website: httpUrl.describe('Its web address.').optional(),
  description: text.describe('One or two sentences about it.').optional(),
  es: spanishVersions(
    { description: text.describe('The description in Spanish.').optional() },
    'the description (an organization keeps its own name; put other-language names in aliases)',
  ),
});

export type OrganizationInput = z.input<typeof organizationSchema>;
export type Organization = z.output<typeof organizationSchema>;
