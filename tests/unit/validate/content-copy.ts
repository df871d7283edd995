// A copy of the real content/ in a temporary folder, with one file added or changed, for tests of
// a single fault without a fixture folder per case.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { validateContent } from '../../../src/validate/index.ts';
import type { Problem } from '../../../src/validate/problem.ts';
import { displayPath } from '../../../src/lib/display-path.ts';

export interface ContentCopy {
  root: string;
  /** Writes a file, relative to the content folder. */
  write(file: string, text: string): void;
  /** Rewrites a file through a function of its text. */
  edit(file: string, change: (text: string) => string): void;
  /** The file as problems name it. */
  fileName(file: string): string;
  problems(): Promise<Problem[]>;
  remove(): void;
}

export function contentCopy(): ContentCopy {
  const root = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'content-')), 'content');
  fs.cpSync('content', root, { recursive: true });
  const at = (file: string) => path.join(root, file);
  return {
    root,
    write: (file, text) => fs.writeFileSync(at(file), text),
    edit: (file, change) => fs.writeFileSync(at(file), change(fs.readFileSync(at(file), 'utf8'))),
    fileName: (file) => displayPath(at(file)),
    problems: async () => (await validateContent(root)).problems,
    remove: () => fs.rmSync(path.dirname(root), { recursive: true, force: true }),
  };
}
