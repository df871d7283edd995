// The files of a collection, listed the way Astro's glob loader finds them, with the id it gives each
// (github-slugger's slug of the file name, as in astro/dist/content/utils.js). What Astro would read
// but should not (a link, a pipe, a name that gives no id) is listed apart, so the validator can refuse it.
import fs from 'node:fs';
import path from 'node:path';
import { slug } from 'github-slugger';
import { collectionDir, collections, type CollectionName } from './collections.ts';

export interface ContentFile {
  collection: CollectionName;
  /** The file name without its extension: the id other records use for it. */
  id: string;
  /** The id Astro gives the entry, and so its address on the site; the same as id for a well-named file. */
  entryId: string;
  /** Absolute path. */
  path: string;
}

/** A file in a collection folder that is not read as a record, and why. */
export interface SkippedFile extends ContentFile {
  reason: 'wrong-extension' | 'symlink' | 'special-file';
  extension: string;
}

export interface CollectionFiles {
  files: ContentFile[];
  skipped: SkippedFile[];
}

/** Astro's default id for a file directly in the collection folder (glob loader, generateIdDefault). */
export const entryId = (fileId: string): string => slug(fileId);

export function listCollection(collection: CollectionName, root?: string): CollectionFiles {
  const dir = collectionDir(collection, root);
  const { extension } = collections[collection];
  const result: CollectionFiles = { files: [], skipped: [] };
  if (!fs.existsSync(dir)) return result;
  // Sorted by code unit, not by locale, so every machine lists them in one order.
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    // The glob loader skips hidden files and does not look into folders.
    if (entry.name.startsWith('.') || entry.isDirectory()) continue;
    const ext = path.extname(entry.name);
    const id = entry.name.slice(0, entry.name.length - ext.length);
    const file: ContentFile = { collection, id, entryId: entryId(id), path: path.join(dir, entry.name) };
    if (ext !== extension) result.skipped.push({ ...file, reason: 'wrong-extension', extension: ext });
    // Astro follows a link wherever it points, and would wait forever on a named pipe: both are refused.
    else if (entry.isSymbolicLink()) result.skipped.push({ ...file, reason: 'symlink', extension: ext });
    else if (!entry.isFile()) result.skipped.push({ ...file, reason: 'special-file', extension: ext });
    else result.files.push(file);
  }
  return result;
}
