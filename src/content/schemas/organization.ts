// An organization: a signatory, an author's affiliation, a publisher, or an actor a statement names.
import { z } from 'zod';
import { countryCode, httpUrl, ref, text } from './common.ts';

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

export const organizationTypeLabels: Record<(typeof organizationTypes)[number], string> = {
  ngo: 'Non-governmental organization',
  'faith-based': 'Faith-based organization',
  coalition: 'Coalition or network',
  'legal-services': 'Legal services',
  research: 'Research or academic',
  'labor-union': 'Labor union',
  'indigenous-authority': 'Indigenous authority',
  government: 'Government or head of government',
  'government-agency': 'Government agency',
  intergovernmental: 'Intergovernmental body',
  'news-outlet': 'News outlet',
  other: 'Other',
};

export const organizationSchema = z.strictObject({
  name: text,
  acronym: text.optional(),
  aliases: z.array(text).default([]),
  /** Where it is based; empty for international bodies. */
  countries: z.array(countryCode).default([]),
  type: z.enum(organizationTypes, { error: `expected one of: ${organizationTypes.join(', ')}` }),
  /** Organizations it belongs to or is part of (ids). */
  affiliations: z.array(ref).default([]),
  website: httpUrl.optional(),
  description: text.optional(),
});

export type OrganizationInput = z.input<typeof organizationSchema>;
export type Organization = z.output<typeof organizationSchema>;
