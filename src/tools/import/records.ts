// Draft records the import writes for what the collection lacks: an organization for an unknown
// signatory, a policy for a policy-like phrase, a citation for an address no citation has. Required
// fields the import cannot fill stay empty, so the validator keeps the draft from being published.
import { allowedValues } from '../new/fields.ts';
import type { DraftCitation } from './citations.ts';
import type { Draft } from './index.ts';
import type { KnownOrganization } from './organizations.ts';

export function organizationDraft(id: string, match: { name: string; acronym?: string }, countries: string[], printed: string, near: KnownOrganization | undefined): Draft {
  return {
    collection: 'organizations',
    id,
    data: { name: match.name, ...(match.acronym ? { acronym: match.acronym } : {}), countries, type: null },
    header: [
      `Draft made by \`npm run import\` for the signatory printed as "${printed}".`,
      near ? `Is it "${near.name}" (content/organizations/${near.id}.yaml) under another name? Then delete this file and use that id.` : 'Check that the collection has no record of it under another name.',
    ],
    comments: new Map([
      ['countries', 'from the heading the name is listed under'],
      ['type', `QUESTION: one of ${allowedValues('organizations', 'type').join(', ')}`],
    ]),
  };
}

export function policyDraft(id: string, printed: string, paragraph: number): Draft {
  return {
    collection: 'policies',
    id,
    data: { name: printed, kind: null, countries: [], summary: null },
    header: [`Draft made by \`npm run import\` for "${printed}" in paragraph ${paragraph}. Delete it if this is not a policy.`],
    comments: new Map([
      ['kind', `QUESTION: one of ${allowedValues('policies', 'kind').join(', ')}`],
      ['countries', 'QUESTION: the two-letter codes of the countries it concerns, like [US, MX]'],
      ['summary', 'QUESTION: one or two sentences on what it is'],
    ]),
  };
}

export function citationDraft(draft: DraftCitation, label: string): Draft {
  const missing = ['title', 'publisher', 'language', 'kind'].filter((field) => !(field in draft.data));
  return {
    collection: 'citations',
    id: draft.id,
    data: { title: null, publisher: null, ...draft.data, kind: draft.data.kind ?? null },
    header: [`Draft made by \`npm run import\` from note ${label}: ${draft.words}`, 'Check every field against the note; the url is exactly as printed.'],
    comments: new Map(missing.map((field) => [field, `QUESTION: the note does not say; fill it in`])),
  };
}
