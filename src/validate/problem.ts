// What every check returns: one fault in the content, located and explained for the editor who
// wrote it. Only the printers in format.ts turn problems into text.
import { compareCodePoints } from '../lib/compare.ts';

export interface Problem {
  /** Path of the file, relative to the repository root (the working directory). */
  file: string;
  line?: number;
  column?: number;
  /** Front-matter or YAML field, e.g. signatories[2].organizations[4]; absent for the Markdown text. */
  field?: string;
  /** Stable code, explained in the editors' guide, e.g. unknown-organization. */
  code: string;
  /** What is wrong, in plain words. */
  message: string;
  /** What to do about it. */
  fix: string;
}

export type Path = readonly (string | number)[];

/** signatories[2].organizations[4] from ['signatories', 2, 'organizations', 4]. */
export function fieldName(path: Path): string | undefined {
  let out = '';
  for (const segment of path) {
    out += typeof segment === 'number' ? `[${segment}]` : out === '' ? segment : `.${segment}`;
  }
  return out === '' ? undefined : out;
}

export function compareProblems(a: Problem, b: Problem): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || compareCodePoints(a.code, b.code);
}
