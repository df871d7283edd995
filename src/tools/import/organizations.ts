// Finds the organization a printed name stands for: by its name, acronym or an alias, ignoring case
// and accents, also when the name is printed with its acronym ("Kids in Need of Defense (KIND)",
// "… Niñez -CIPRODENI-", "… AC, IIPSOCULTA"). Never picks one of two candidates: it reports both.
import { closest } from '../../validate/suggest.ts';
import { nameKey } from './text.ts';

export interface KnownOrganization {
  id: string;
  name: string;
  acronym?: string;
  aliases: string[];
  type?: string;
  countries?: string[];
  website?: string;
}

export interface OrganizationIndex {
  byId: Map<string, KnownOrganization>;
  byKey: Map<string, Set<string>>;
}

export type OrganizationMatch =
  | { kind: 'matched'; id: string }
  | { kind: 'ambiguous'; ids: string[] }
  | { kind: 'unknown'; name: string; acronym?: string; suggestion?: string };

export function organizationIndex(organizations: KnownOrganization[]): OrganizationIndex {
  const index: OrganizationIndex = { byId: new Map(), byKey: new Map() };
  for (const organization of organizations) {
    index.byId.set(organization.id, organization);
    for (const name of namesOf(organization)) {
      const key = nameKey(name);
      if (!index.byKey.has(key)) index.byKey.set(key, new Set());
      index.byKey.get(key)!.add(organization.id);
    }
  }
  return index;
}

export const namesOf = (o: KnownOrganization): string[] => [o.name, ...(o.acronym ? [o.acronym] : []), ...o.aliases];

const acronymShape = /^(?=(?:.*[A-Z]){2})[A-Z0-9&.'-]{2,14}$/;

/** "Kids in Need of Defense (KIND)" → name and acronym; a name without one is returned whole. */
export function splitAcronym(printed: string): { name: string; acronym?: string } {
  const text = printed.trim();
  const shapes = [
    /^(.+?)\s*\(([^()]+)\)$/,
    /^(.+?)\s+-([^\s-][^-]*)-$/,
    /^(.+?),\s*(\S+)$/,
    /^(.+?)\s*\/\s*(\S+)$/,
    /^(.+?)\s+[–—-]\s+(\S+)$/,
  ];
  for (const shape of shapes) {
    const m = shape.exec(text);
    if (m && acronymShape.test(m[2]!.trim())) return { name: m[1]!.trim(), acronym: m[2]!.trim() };
  }
  return { name: text };
}

export function matchOrganization(printed: string, index: OrganizationIndex): OrganizationMatch {
  const whole = index.byKey.get(nameKey(printed));
  if (whole?.size === 1) return { kind: 'matched', id: [...whole][0]! };
  if (whole && whole.size > 1) return { kind: 'ambiguous', ids: [...whole] };
  const { name, acronym } = splitAcronym(printed);
  const ids = new Set([...(index.byKey.get(nameKey(name)) ?? []), ...(acronym ? (index.byKey.get(nameKey(acronym)) ?? []) : [])]);
  if (acronym && ids.size === 1) return { kind: 'matched', id: [...ids][0]! };
  if (ids.size > 1) return { kind: 'ambiguous', ids: [...ids] };
  const names = new Map<string, string>();
  for (const organization of index.byId.values()) for (const n of namesOf(organization)) names.set(n, organization.id);
  const near = closest(name, names.keys());
  return { kind: 'unknown', name, ...(acronym ? { acronym } : {}), ...(near ? { suggestion: names.get(near)! } : {}) };
}

/** Plain data of an organization record, as the loader read it. */
export function knownOrganization(id: string, data: unknown): KnownOrganization | undefined {
  if (data === null || typeof data !== 'object') return undefined;
  const d = data as Record<string, unknown>;
  if (typeof d['name'] !== 'string') return undefined;
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  return {
    id,
    name: d['name'],
    ...(typeof d['acronym'] === 'string' ? { acronym: d['acronym'] } : {}),
    aliases: strings(d['aliases']),
    ...(typeof d['type'] === 'string' ? { type: d['type'] } : {}),
    countries: strings(d['countries']),
    ...(typeof d['website'] === 'string' ? { website: d['website'] } : {}),
  };
}
