// What the collection already has, read with the content reader: organizations with their names,
// policies with their names, citations with their addresses, and the statements' ids with the source
// each was made from (to find an earlier import of the same text).
import { readCollection } from '../../content/reader.ts';
import type { Known } from './index.ts';
import { knownOrganization } from './organizations.ts';

const field = (data: unknown, key: string): unknown =>
  data !== null && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined;
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

export function knownContent(root: string): Known {
  return {
    organizations: readCollection('organizations', root).flatMap((r) => knownOrganization(r.id, r.data) ?? []),
    policies: readCollection('policies', root).map((r) => ({
      id: r.id,
      names: [field(r.data, 'name'), ...strings(field(r.data, 'aliases'))].filter((n): n is string => typeof n === 'string'),
    })),
    citations: readCollection('citations', root).flatMap((r) => {
      const url = field(r.data, 'url');
      return typeof url === 'string' ? [{ id: r.id, url }] : [];
    }),
    statements: new Map(readCollection('statements', root).map((r): [string, string | undefined] => {
      const source = field(field(r.data, 'provenance'), 'source');
      return [r.id, typeof source === 'string' ? source : undefined];
    })),
  };
}
