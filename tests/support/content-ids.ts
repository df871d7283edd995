// The ids of what content/ holds (file names without extension), for tests that cover every
// statement or record, or count them: read the way the site reads the collections.
import fs from 'node:fs';
import path from 'node:path';
import { collections, type CollectionName } from '../../src/content/paths.ts';

export function contentIds(collection: CollectionName, root = 'content'): string[] {
  const { folder, extension } = collections[collection];
  return fs.readdirSync(path.join(root, folder))
    .filter((file) => file.endsWith(extension))
    .map((file) => file.slice(0, -extension.length))
    .sort();
}
