// The ids of what content/ holds, for tests that cover every statement or record, or count them:
// listed by the project's one reader of content files, the way the site reads the collections.
import path from 'node:path';
import type { CollectionName } from '../../src/content/collections.ts';
import { listCollection } from '../../src/content/reader.ts';

export function contentIds(collection: CollectionName, root = 'content'): string[] {
  return listCollection(collection, path.resolve(root)).files.map((file) => file.id).sort();
}
