// Puts an import's drafts into a content folder: the statement, the new records and a copy of the
// source under sources/. Never overwrites a file: an existing one stops the run before anything is written.
import fs from 'node:fs';
import path from 'node:path';
import { collections } from '../../content/collections.ts';
import { draftFile } from './draft.ts';
import type { Draft, ImportResult } from './index.ts';

export interface Written {
  /** Paths of the files written, relative to the working directory where possible. */
  files: string[];
}

export const draftPath = (root: string, draft: Draft): string =>
  path.join(root, collections[draft.collection].folder, `${draft.id}${collections[draft.collection].extension}`);

/** Files the import would write that already exist. */
export function collisions(result: ImportResult, root: string): string[] {
  return [result.statement, ...result.drafts].map((d) => draftPath(root, d)).filter((file) => fs.existsSync(file));
}

export function writeImport(result: ImportResult, root: string, source: { file: string; name: string }): Written {
  const taken = collisions(result, root);
  if (taken.length > 0) throw new Error(`These files exist already and were left alone: ${taken.join(', ')}. Choose another --slug, or move them first.`);
  const copy = path.join(root, 'sources', source.name);
  const copied = path.resolve(copy) !== path.resolve(source.file);
  if (copied && fs.existsSync(copy) && fs.readFileSync(copy, 'utf8') !== fs.readFileSync(source.file, 'utf8')) {
    throw new Error(`${copy} exists and differs from ${source.file}: rename the text file before importing it. Nothing was written.`);
  }
  const files: string[] = [];
  for (const draft of [result.statement, ...result.drafts]) {
    const file = draftPath(root, draft);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, draftFile(draft), { flag: 'wx' });
    files.push(file);
  }
  if (copied && !fs.existsSync(copy)) {
    fs.mkdirSync(path.dirname(copy), { recursive: true });
    fs.copyFileSync(source.file, copy);
    files.push(copy);
  }
  return { files };
}
