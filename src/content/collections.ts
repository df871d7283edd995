// The one registry of collections: where each lives, its schema, what to call its records and which
// fields name records of other collections. Astro's content config, the validator, `npm run new`,
// the importer and the editors' guide all read it. CONTENT_DIR lets the benchmark use another folder.
import path from 'node:path';
import type { z } from 'zod';
import { citationSchema, organizationSchema, policySchema, statementSchema } from './schemas/index.ts';

export type ReferenceTarget = 'organizations' | 'policies' | 'citations';

export interface CollectionSpec {
  folder: string;
  extension: '.md' | '.yaml';
  schema: z.ZodType;
  /** "organization", "organizations", "an organization". */
  noun: { one: string; many: string; a: string };
  /** The heading of its part of the field reference in the editors' guide. */
  title: string;
  /** Fields holding ids of other records: a path with "*" for every item of a list, and the collection named. */
  references: readonly (readonly [string, ReferenceTarget])[];
}

export const collections = {
  statements: {
    folder: 'statements',
    extension: '.md',
    schema: statementSchema,
    noun: { one: 'statement', many: 'statements', a: 'a statement' },
    title: 'Statement',
    references: [
      ['signatories.*.organizations.*', 'organizations'],
      ['authors.*.affiliation', 'organizations'],
      ['publisher', 'organizations'],
      ['policies.*', 'policies'],
      ['actors.*', 'organizations'],
      ['notes.*.citations.*', 'citations'],
    ],
  },
  organizations: {
    folder: 'organizations',
    extension: '.yaml',
    schema: organizationSchema,
    noun: { one: 'organization', many: 'organizations', a: 'an organization' },
    title: 'Organization',
    references: [['affiliations.*', 'organizations']],
  },
  policies: {
    folder: 'policies',
    extension: '.yaml',
    schema: policySchema,
    noun: { one: 'policy', many: 'policies', a: 'a policy' },
    title: 'Policy',
    references: [['related.*', 'policies']],
  },
  citations: {
    folder: 'citations',
    extension: '.yaml',
    schema: citationSchema,
    noun: { one: 'citation', many: 'citations', a: 'a citation' },
    title: 'Cited work (citation)',
    references: [['publisher', 'organizations']],
  },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof collections;

export const collectionNames = Object.keys(collections) as CollectionName[];

export const contentDir = path.resolve(process.env['CONTENT_DIR'] ?? 'content');

export function collectionDir(name: CollectionName, root = contentDir): string {
  return path.join(root, collections[name].folder);
}

/**
 * The file a statement's provenance.source names. The path is written from the repository root
 * ("content/sources/…"); its content/ part is read as the content folder, so a fixture or
 * CONTENT_DIR folder carries its own sources/.
 */
export function sourceFile(source: string, root = contentDir): string {
  return source.startsWith('content/') ? path.join(root, source.slice('content/'.length)) : path.resolve(source);
}

/** The collection a field (its path without list markers, like "notes.citations") names records of. */
export function referenceTarget(collection: CollectionName, field: string): ReferenceTarget | undefined {
  const spec: CollectionSpec = collections[collection];
  return spec.references.find(([pattern]) => pattern.replace(/\.\*/g, '') === field)?.[1];
}
