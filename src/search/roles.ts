// How a page can take part in a statement, as Pagefind filter values ("organization:signed:Oxfam",
// by name as the other filters are): a search that names a page lists the statements that involve it
// right after it and says how, and the role filter asks how an organization takes part. Client-safe.
import { locales, type Locale } from '../lib/locales.ts';
import { searchWords } from './words.ts';

export const organizationRoles = ['signed', 'authored', 'published', 'cited', 'named'] as const;
export type OrganizationRole = (typeof organizationRoles)[number];
export type Role = OrganizationRole | 'discussed';
export const entityKinds = ['organization', 'policy', 'citation'] as const;
export type EntityKind = (typeof entityKinds)[number];

/** The filter of what a statement involves. */
export const involvesFilter = 'involves';

/** What a reader sees for each role (the role filter's values), in a language. */
export function roleLabels(locale: Locale): Record<Role, string> {
  const w = searchWords[locale];
  return {
    signed: w['search.role.signed'],
    authored: w['search.role.authored'],
    published: w['search.role.published'],
    cited: w['search.role.cited'],
    named: w['search.role.named'],
    discussed: w['search.role.discussed'],
  };
}

/** Why a statement is listed after the page it involves ("Signed by Oxfam"), in a language. */
export function roleReasons(locale: Locale): Record<Role, (name: string) => string> {
  const w = searchWords[locale];
  return {
    signed: w['search.why.signed'],
    authored: w['search.why.authored'],
    published: w['search.why.published'],
    cited: w['search.why.cited'],
    named: w['search.why.named'],
    discussed: w['search.why.discussed'],
  };
}

export const involvement = (kind: EntityKind, role: Role, name: string) => `${kind}:${role}:${name}`;

/** The role a role filter value stands for ("Signed" or "Firmó" → signed), in whichever language. */
export function roleOf(label: string): OrganizationRole | undefined {
  return organizationRoles.find((r) => locales.some((l) => roleLabels(l)[r] === label));
}

/** The roles a page of this kind can be involved in. */
export function rolesOf(kind: EntityKind): Role[] {
  if (kind === 'organization') return [...organizationRoles];
  return kind === 'policy' ? ['discussed'] : ['cited'];
}
