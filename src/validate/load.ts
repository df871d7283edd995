// Reads every file of the four collections (through the content reader, src/content/reader.ts) into
// records the checks can query, and turns each fault of a file into a problem, never an exception.
import fs from 'node:fs';
import path from 'node:path';
import { collections, type CollectionName } from '../content/collections.ts';
import { readContent, type ContentEntry, type ReadFault } from '../content/reader.ts';
import { displayPath } from '../lib/display-path.ts';
import type { Problem } from './problem.ts';
import { yamlErrorProblem } from './yaml-errors.ts';

export interface ContentRecord extends ContentEntry {
  /** Path relative to the repository root, as problems show it. */
  file: string;
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

type Said = Pick<Problem, 'code' | 'message' | 'fix'> & { line?: number; column?: number };

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
  const { entries, skipped } = readContent(root);
  for (const file of skipped) {
    const { folder, extension } = collections[file.collection];
    const shown = displayPath(file.path);
    if (file.reason === 'wrong-extension') {
      loaded.strays.push({ collection: file.collection, id: file.id, file: shown, extension: file.extension });
      loaded.problems.push({
        file: shown,
        code: 'wrong-extension',
        message: `The site reads only ${extension} files in ${folder}/, so it ignores this ${file.extension || 'extensionless'} file.`,
        fix: `Rename it to ${file.id}${extension}, or move it out of the ${folder} folder if it is not one of the ${file.collection}.`,
      });
    } else if (file.reason === 'symlink') {
      loaded.problems.push({
        file: shown,
        code: 'symlink',
        message: 'This is a link to another file, not a file: the site would publish whatever it points to, unchecked.',
        fix: `Replace the link with a copy of the file itself, or delete it if it is not one of the ${file.collection}.`,
      });
    } else {
      loaded.problems.push({
        file: shown,
        code: 'special-file',
        message: 'This is not an ordinary file (a pipe, socket or device), so it cannot be read as one of the records.',
        fix: `Delete it, or move it out of the ${folder} folder.`,
      });
    }
  }
  for (const entry of entries) {
    const record: ContentRecord = { ...entry, file: displayPath(entry.path) };
    loaded.records.push(record);
    if (entry.fault) loaded.problems.push({ file: record.file, ...faultProblem(entry.fault, record) });
    if (entry.entryId === '') {
      loaded.problems.push({
        file: record.file,
        code: 'empty-id',
        message: `The file name "${entry.id}" has no letter or digit, so the site cannot give it an id or an address.`,
        fix: `Rename the file to a name made of lower-case letters, digits and hyphens, like 2019-joint-statement${collections[entry.collection].extension}.`,
      });
    }
  }
  return loaded;
}

/** A file's read fault as a problem; also used for the site files (about.yaml, terms.yaml). */
export function faultProblem(fault: ReadFault, record: Pick<ContentRecord, 'file' | 'yamlLine'> & { collection?: CollectionName }): Said {
  const statement = record.collection === 'statements';
  switch (fault.kind) {
    case 'unreadable':
      return { code: 'unreadable-file', message: `The file could not be opened (${fault.reason}).`, fix: 'Check that the file is not locked or protected, then run the check again.' };
    case 'empty':
      return {
        line: 1,
        code: 'empty-file',
        message: 'The file is empty.',
        fix: statement ? 'Write the front matter between two --- lines and then the text, or delete the file.' : 'Write the record\'s fields (name: …, one per line), or delete the file.',
      };
    case 'byte-order-mark':
      return { line: 1, column: 1, code: 'byte-order-mark', message: 'The file starts with more than one invisible byte-order mark (U+FEFF), so the site cannot read its first line.', fix: 'Delete the invisible characters at the very start of the file (retype the first line), then save it as UTF-8.' };
    case 'front-matter-missing':
      return {
        line: 1,
        column: 1,
        code: 'front-matter-missing',
        message: fault.first === 'space'
          ? 'The first line has spaces or invisible characters before its ---, so the site does not see the front matter.'
          : fault.first === 'blank-line'
            ? 'The file starts with an empty line: the front matter must start on the very first line.'
            : 'The statement does not start with its front matter (the fields between two --- lines).',
        fix: 'Make the first line of the file exactly ---, then the fields (title:, date:, …), then another --- line before the text.',
      };
    case 'front-matter-unclosed':
      return { line: 1, column: 1, code: 'front-matter-unclosed', message: 'The front matter opened by --- on line 1 is never closed.', fix: 'Add a line with only --- after the last field, before the statement\'s text.' };
    case 'front-matter-delimiter':
      return {
        line: fault.line,
        column: 1,
        code: 'front-matter-delimiter',
        message: `Line ${fault.line} starts with --- (or +++) but holds more: the site would end the front matter there, not where you meant.`,
        fix: 'Open and close the front matter with lines of exactly ---; a field\'s text may not start a line with ---.',
      };
    case 'yaml-syntax':
      return yamlErrorProblem(fault.error, record.file, record.yamlLine);
    case 'yaml-astro':
      return {
        ...(fault.line ? { line: fault.line + record.yamlLine } : {}),
        code: 'yaml-syntax',
        message: `The site's YAML reader cannot read the fields: ${fault.message}.`,
        fix: 'Check the punctuation and indentation on this line and the line before it, and put unusual values in double quotes.',
      };
    case 'yaml-aliases':
      return { code: 'yaml-aliases', message: 'The fields use so many YAML aliases (*name) that reading them would take all the memory there is.', fix: 'Write each value out in full instead of using &anchors and *aliases.' };
    case 'text-too-deep':
      return {
        line: fault.line,
        column: 1,
        code: 'text-too-deep',
        message: 'This line of the text starts with so many spaces or > signs (lists or quotes nested far too deep) that reading the text would take minutes; it was not checked further.',
        fix: 'Remove the spaces and > signs at the start of the line: a list or quote needs only a few levels.',
      };
    case 'yaml-too-deep':
      return { code: 'yaml-too-deep', message: 'The fields nest lists or groups far deeper than any record needs, too deep to be read safely.', fix: 'Check the brackets and indentation: no field needs more than a few levels of lists inside lists.' };
  }
}
