// Reads every file of the four collections into a record the checks can query, with the YAML
// document kept for line numbers. Content that cannot be read becomes a problem, never an exception.
import fs from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { collections, type CollectionName } from '../content/paths.ts';
import { displayPath } from '../lib/display-path.ts';
import type { Problem } from './problem.ts';
import { yamlErrorProblem } from './yaml-errors.ts';

export interface ContentRecord {
  collection: CollectionName;
  /** The file name without extension. */
  id: string;
  /** Absolute path. */
  path: string;
  /** Path relative to the repository root, as problems show it. */
  file: string;
  text: string;
  /** The YAML: the whole file, or a statement's front matter. */
  document?: Document;
  lineCounter?: LineCounter;
  /** Lines of the file before the YAML starts (1 for a statement's opening ---). */
  yamlLine: number;
  /** Plain data, when the YAML could be read. */
  data?: unknown;
  /** A statement's Markdown text and the file line it starts on. */
  body?: string;
  bodyLine?: number;
}

/** A file in a collection folder with the wrong extension: the site skips it. */
export interface StrayFile {
  collection: CollectionName;
  id: string;
  file: string;
  extension: string;
}

export interface LoadedContent {
  root: string;
  records: ContentRecord[];
  strays: StrayFile[];
  problems: Problem[];
}

export { displayPath };

export function loadContent(root: string): LoadedContent {
  const loaded: LoadedContent = { root, records: [], strays: [], problems: [] };
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) {
    loaded.problems.push({
      file: displayPath(root),
      code: 'content-folder-missing',
      message: 'The content folder does not exist.',
      fix: 'Check the folder name given to the validator, or run it from the repository root.',
    });
    return loaded;
  }
  for (const collection of Object.keys(collections) as CollectionName[]) {
    const { folder, extension } = collections[collection];
    const dir = path.join(root, folder);
    if (!fs.existsSync(dir)) continue;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (!entry.isFile() || entry.name.startsWith('.')) continue;
      const absolute = path.join(dir, entry.name);
      const ext = path.extname(entry.name);
      const id = entry.name.slice(0, entry.name.length - ext.length);
      if (ext !== extension) {
        loaded.strays.push({ collection, id, file: displayPath(absolute), extension: ext });
        loaded.problems.push({
          file: displayPath(absolute),
          code: 'wrong-extension',
          message: `The site reads only ${extension} files in ${folder}/, so it ignores this ${ext || 'extensionless'} file.`,
          fix: `Rename it to ${id}${extension}, or move it out of the ${folder} folder if it is not one of the ${collection}.`,
        });
        continue;
      }
      const record = readRecord(collection, id, absolute, loaded.problems);
      if (record) loaded.records.push(record);
    }
  }
  return loaded;
}

function readRecord(collection: CollectionName, id: string, absolute: string, problems: Problem[]): ContentRecord | undefined {
  const file = displayPath(absolute);
  let text: string;
  try {
    text = fs.readFileSync(absolute, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    problems.push({
      file,
      code: 'unreadable-file',
      message: `The file could not be opened (${(error as Error).message}).`,
      fix: 'Check that the file is not locked or protected, then run the check again.',
    });
    return { collection, id, path: absolute, file, text: '', yamlLine: 0 };
  }
  const record: ContentRecord = { collection, id, path: absolute, file, text, yamlLine: 0 };
  if (text.trim() === '') {
    problems.push({
      file,
      line: 1,
      code: 'empty-file',
      message: 'The file is empty.',
      fix: collection === 'statements'
        ? 'Write the front matter between two --- lines and then the text, or delete the file.'
        : 'Write the record\'s fields (name: …, one per line), or delete the file.',
    });
    return record;
  }
  let yamlText = text;
  if (collection === 'statements') {
    const split = splitFrontMatter(text);
    if ('problem' in split) {
      problems.push({ file, line: 1, column: 1, ...split.problem });
      return record;
    }
    yamlText = split.yaml;
    record.yamlLine = 1;
    record.body = split.body;
    record.bodyLine = split.bodyLine;
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, prettyErrors: true, uniqueKeys: true });
  record.document = document;
  record.lineCounter = lineCounter;
  const error = document.errors[0];
  // Later YAML errors are nearly always knock-on effects of the first, so only the first is shown.
  if (error) problems.push(yamlErrorProblem(error, file, record.yamlLine));
  else record.data = document.toJS();
  return record;
}

type FrontMatter =
  | { yaml: string; body: string; bodyLine: number }
  | { problem: { code: string; message: string; fix: string } };

/** Front matter is the block between a first line "---" and the next line "---". */
function splitFrontMatter(text: string): FrontMatter {
  const lines = text.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') {
    return {
      problem: {
        code: 'front-matter-missing',
        message: 'The statement does not start with its front matter (the fields between two --- lines).',
        fix: 'Make the first line of the file exactly ---, then the fields (title:, date:, …), then another --- line before the text.',
      },
    };
  }
  const close = lines.findIndex((line, i) => i > 0 && line.trimEnd() === '---');
  if (close === -1) {
    return {
      problem: {
        code: 'front-matter-unclosed',
        message: 'The front matter opened by --- on line 1 is never closed.',
        fix: 'Add a line with only --- after the last field, before the statement\'s text.',
      },
    };
  }
  return {
    yaml: lines.slice(1, close).join('\n'),
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
  };
}
