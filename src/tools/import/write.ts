// Puts an import's drafts into a content folder: the statement, the new records and a copy of the
// source under sources/. Never overwrites a file unless asked to (--replace): a file in the way, or
// an earlier draft of the same text, stops the run before anything is written.
import fs from 'node:fs';
import path from 'node:path';
import { collections } from '../../content/collections.ts';
import { displayPath } from '../../lib/display-path.ts';
import { draftFile } from './draft.ts';
import type { Draft, ImportResult, Known } from './index.ts';

export interface Written {
  /** Paths of the files written, relative to the working directory where possible. */
  files: string[];
}

export interface Source {
  /** The text file given. */
  file: string;
  /** Its name in sources/. */
  name: string;
  /** content/sources/<name>, as provenance.source says it. */
  sourcePath: string;
}

export const draftPath = (root: string, draft: Draft): string =>
  path.join(root, collections[draft.collection].folder, `${draft.id}${collections[draft.collection].extension}`);

/** Files the import would write that already exist. */
export function collisions(result: ImportResult, root: string): string[] {
  return [result.statement, ...result.drafts].map((d) => draftPath(root, d)).filter((file) => fs.existsSync(file));
}

/** The statement an earlier import of the same text made, if the collection has one. */
export function earlierImport(known: Known, source: Source): string | undefined {
  return [...known.statements].find(([, from]) => from === source.sourcePath)?.[0];
}

/**
 * Why the import may not write, in one line that says what to do, or undefined when it may.
 * With replace, the files of an earlier import of the same text are overwritten instead.
 */
export function writeProblem(result: ImportResult, known: Known, roots: { content: string; out: string }, source: Source, replace: boolean): string | undefined {
  const root = roots.out;
  const earlier = earlierImport(known, source);
  if (earlier && !replace) {
    const file = displayPath(path.join(roots.content, collections.statements.folder, `${earlier}${collections.statements.extension}`));
    return `${source.sourcePath} was imported already, as ${file}: edit that draft, or run again with --replace to import the text over it (its edits and answers are lost).`;
  }
  if (earlier && replace && result.statement.id !== earlier) {
    return `--replace writes over ${earlier}, the earlier import of ${source.sourcePath}, but --slug asks for ${result.statement.id}: give one of them.`;
  }
  const taken = collisions(result, root);
  if (taken.length > 0 && !replace) {
    const shown = taken.map(displayPath).join(', ');
    return `${taken.length === 1 ? `${shown} exists already and was` : `These files exist already and were`} left alone${taken.length === 1 ? '' : `: ${shown}`}. Give the statement another id with --slug, or run again with --replace to write over ${taken.length === 1 ? 'it' : 'them'}.`;
  }
  const copy = path.join(root, 'sources', source.name);
  if (!replace && path.resolve(copy) !== path.resolve(source.file) && fs.existsSync(copy) && !fs.readFileSync(copy).equals(fs.readFileSync(source.file))) {
    return `${displayPath(copy)} exists and differs from ${source.file}: rename the text file before importing it, or run again with --replace to write over the saved copy.`;
  }
  return undefined;
}

/** Writes the drafts and the copy of the source; call writeProblem first. */
export function writeImport(result: ImportResult, root: string, source: Source, replace = false): Written {
  const files: string[] = [];
  for (const draft of [result.statement, ...result.drafts]) {
    const file = draftPath(root, draft);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, draftFile(draft), { flag: replace ? 'w' : 'wx' });
    files.push(file);
  }
  const copy = path.join(root, 'sources', source.name);
  if (path.resolve(copy) !== path.resolve(source.file) && (replace || !fs.existsSync(copy))) {
    fs.mkdirSync(path.dirname(copy), { recursive: true });
    fs.copyFileSync(source.file, copy);
    files.push(copy);
  }
  return { files };
}
