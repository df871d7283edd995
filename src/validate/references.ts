// Every field that names another record by its id (where they sit is in the collection registry),
// read from the raw data so references are checked even in a record whose other fields fail the schema.
import { collections, type ReferenceTarget } from '../content/collections.ts';
import type { ContentRecord } from './load.ts';
import type { Path } from './problem.ts';

export interface Reference {
  /** The collection the id must be found in. */
  target: ReferenceTarget;
  id: string;
  path: Path;
}

export function referencesOf(record: ContentRecord): Reference[] {
  const found: Reference[] = [];
  for (const [pattern, target] of collections[record.collection].references) {
    for (const { value, path } of valuesAt(record.data, pattern.split('.'), [])) {
      if (typeof value === 'string' && value !== '') found.push({ target, id: value, path });
    }
  }
  return found;
}

function valuesAt(data: unknown, segments: string[], path: (string | number)[]): { value: unknown; path: Path }[] {
  if (segments.length === 0) return [{ value: data, path }];
  const [segment, ...rest] = segments as [string, ...string[]];
  if (segment === '*') {
    return Array.isArray(data) ? data.flatMap((item, i) => valuesAt(item, rest, [...path, i])) : [];
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return [];
  return valuesAt((data as Record<string, unknown>)[segment], rest, [...path, segment]);
}

/** Plain list at a field of the raw data, or [] when it is absent or not a list. */
export function listAt(data: unknown, key: string): unknown[] {
  const value = data !== null && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined;
  return Array.isArray(value) ? value : [];
}

export function fieldOf(data: unknown, key: string): unknown {
  return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>)[key] : undefined;
}
