// What each statement involves, for the involvement and role filters (src/search/roles.ts): the
// organizations that signed, wrote, published it, were cited or named in it, its policies and works.
import type { Collection, StatementRecord } from '../content/model.ts';
import { signatoryId } from '../content/schemas/index.ts';
import type { Locale } from '../lib/locales.ts';
import { policyName } from './entity-names.ts';
import { involvement, organizationRoles, roleLabels, type OrganizationRole } from './roles.ts';

/** Every involvement of a statement, one filter value each, without repeats. */
export function statementInvolvement(statement: StatementRecord, collection: Collection, locale: Locale): string[] {
  const s = statement.data;
  const name = (id: string | undefined) => (id ? collection.organizations.get(id)?.name : undefined);
  const org = (id: string | undefined, role: OrganizationRole) => (name(id) ? [involvement('organization', role, name(id)!)] : []);
  const cited = [...new Set(s.notes.flatMap((n) => n.citations))];
  return [...new Set([
    ...s.signatories.flatMap((g) => g.organizations.map((o) => org(signatoryId(o), 'signed')[0]!)),
    ...s.authors.flatMap((a) => org(a.affiliation, 'authored')),
    ...org(s.publisher, 'published'),
    ...cited.flatMap((c) => org(collection.citations.get(c)?.publisher, 'cited')),
    ...s.actors.flatMap((a) => org(a, 'named')),
    ...s.policies.flatMap((p) => (collection.policies.has(p) ? [involvement('policy', 'discussed', policyName(collection, p, locale)!)] : [])),
    ...cited.flatMap((c) => (collection.citations.has(c) ? [involvement('citation', 'cited', collection.citations.get(c)!.title)] : [])),
  ])];
}

/** The role filter's values for a statement: how its organizations take part, whichever they are. */
export function statementRoles(involves: string[], locale: Locale): string[] {
  return organizationRoles.filter((r) => involves.some((v) => v.startsWith(`organization:${r}:`))).map((r) => roleLabels(locale)[r]);
}
