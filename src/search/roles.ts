// How a page can take part in a statement, as Pagefind filter values ("organization:signed:Oxfam",
// by name as the other filters are): a search that names a page lists the statements that involve it
// right after it and says how, and the role filter asks how an organization takes part. Client-safe.

export const organizationRoles = ['signed', 'authored', 'published', 'cited', 'named'] as const;
export type OrganizationRole = (typeof organizationRoles)[number];
export type Role = OrganizationRole | 'discussed';
export const entityKinds = ['organization', 'policy', 'citation'] as const;
export type EntityKind = (typeof entityKinds)[number];

/** The filter of what a statement involves. */
export const involvesFilter = 'involves';

/** What a reader sees for each role (the role filter's values). */
export const roleLabels: Record<Role, string> = {
  signed: 'Signed',
  authored: 'Wrote',
  published: 'Published',
  cited: 'Was cited',
  named: 'Was named',
  discussed: 'Discussed',
};

export const involvement = (kind: EntityKind, role: Role, name: string) => `${kind}:${role}:${name}`;

/** The role a role filter value stands for ("Signed" → signed). */
export function roleOf(label: string): OrganizationRole | undefined {
  return organizationRoles.find((r) => roleLabels[r] === label);
}

/** The roles a page of this kind can be involved in. */
export function rolesOf(kind: EntityKind): Role[] {
  if (kind === 'organization') return [...organizationRoles];
  return kind === 'policy' ? ['discussed'] : ['cited'];
}
