// How a statement involves each organization, policy and cited work, as Pagefind filter values
// ("organization:wola:signed"), so a search that names one of them can list, right after its page,
// the statements that involve it, and say how. Entity pages carry their own key ("organization:wola").
import type { Collection, StatementRecord } from '../content/model.ts';
import { signatoryId } from '../content/schemas/index.ts';

export const organizationRoles = ['signed', 'authored', 'published', 'cited', 'named'] as const;
export type OrganizationRole = (typeof organizationRoles)[number];
export type Role = OrganizationRole | 'discussed';
export type EntityKind = 'organization' | 'policy' | 'citation';

/** The internal filters: a page's own key, and what a statement involves. */
export const pageKeyFilter = 'page';
export const involvesFilter = 'involves';

/** What a reader sees for each role, of an organization and of a statement. */
export const roleLabels: Record<Role, string> = {
  signed: 'Signed',
  authored: 'Wrote',
  published: 'Published',
  cited: 'Was cited',
  named: 'Was named',
  discussed: 'Discussed',
};

export const entityKey = (kind: EntityKind, id: string) => `${kind}:${id}`;
export const involvement = (key: string, role: Role) => `${key}:${role}`;

/** The roles a page of this kind can be involved in. */
export function rolesOf(kind: EntityKind): Role[] {
  if (kind === 'organization') return [...organizationRoles];
  return kind === 'policy' ? ['discussed'] : ['cited'];
}

/** Every involvement of a statement, one filter value each, without repeats. */
export function statementInvolvement(statement: StatementRecord, collection: Collection): string[] {
  const s = statement.data;
  const org = (id: string | undefined, role: OrganizationRole) => (id ? [involvement(entityKey('organization', id), role)] : []);
  const cited = [...new Set(s.notes.flatMap((n) => n.citations))];
  return [...new Set([
    ...s.signatories.flatMap((g) => g.organizations.map((o) => org(signatoryId(o), 'signed')[0]!)),
    ...s.authors.flatMap((a) => org(a.affiliation, 'authored')),
    ...org(s.publisher, 'published'),
    ...cited.flatMap((c) => org(collection.citations.get(c)?.publisher, 'cited')),
    ...s.actors.flatMap((a) => org(a, 'named')),
    ...s.policies.map((p) => involvement(entityKey('policy', p), 'discussed')),
    ...cited.map((c) => involvement(entityKey('citation', c), 'cited')),
  ])];
}
