// Where content lives. CONTENT_DIR lets the benchmark build a synthetic collection without touching content/.
import path from 'node:path';

export const contentDir = path.resolve(process.env['CONTENT_DIR'] ?? 'content');

export const collections = {
  statements: { folder: 'statements', extension: '.md' },
  organizations: { folder: 'organizations', extension: '.yaml' },
  policies: { folder: 'policies', extension: '.yaml' },
  citations: { folder: 'citations', extension: '.yaml' },
} as const;

export type CollectionName = keyof typeof collections;

export function collectionDir(name: CollectionName, root = contentDir): string {
  return path.join(root, collections[name].folder);
}
