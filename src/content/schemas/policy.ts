// A policy, program, agreement, order or practice that statements discuss.
import { z } from 'zod';
import { countryCode, httpUrl, partialDate, ref, text } from './common.ts';

export const policyKinds = [
  'agreement',
  'executive-order',
  'program',
  'practice',
  'plan',
  'law',
  'policy',
  'proclamation',
] as const;

export const policyKindLabels: Record<(typeof policyKinds)[number], string> = {
  agreement: 'Agreement',
  'executive-order': 'Executive order',
  program: 'Program',
  practice: 'Practice',
  plan: 'Plan',
  law: 'Law',
  policy: 'Policy',
  proclamation: 'Proclamation',
};

export const policySchema = z.strictObject({
  name: text,
  /** Other names, including the words each statement uses for it; passages are found by these. */
  aliases: z.array(text).default([]),
  kind: z.enum(policyKinds, { error: `expected one of: ${policyKinds.join(', ')}` }),
  /** When it was signed, announced or began. */
  date: partialDate.optional(),
  endDate: partialDate.optional(),
  countries: z.array(countryCode).min(1, { error: 'list at least one country the policy concerns' }),
  identifiers: z
    .array(z.strictObject({ scheme: text, value: text, url: httpUrl.optional() }))
    .default([]),
  summary: text,
  related: z.array(ref).default([]),
});

export type PolicyInput = z.input<typeof policySchema>;
export type Policy = z.output<typeof policySchema>;
