// Every problem code the validator can emit, with what it means and what to do, for the editors'
// guide (content/README.md). Rules carry their own; these come from reading files and the schemas.
import { rules } from './rules/index.ts';

export interface CodeDoc {
  code: string;
  description: string;
  fix: string;
}

/** Problems found while reading files (load.ts, yaml-errors.ts). */
export const fileCodes: CodeDoc[] = [
  { code: 'content-folder-missing', description: 'The content folder given to the validator does not exist.', fix: 'Run the check from the repository root, or give the right folder with --content.' },
  { code: 'wrong-extension', description: 'A file in a collection folder has an extension the site does not read, so it is ignored.', fix: 'Rename statements to .md and other records to .yaml.' },
  { code: 'unreadable-file', description: 'A file could not be opened.', fix: 'Check that the file is not locked or protected.' },
  { code: 'empty-file', description: 'A file is empty.', fix: 'Write the fields (and a statement\'s text), or delete the file.' },
  { code: 'front-matter-missing', description: 'A statement does not start with its front matter between two --- lines.', fix: 'Make the first line exactly ---, then the fields, then another --- line before the text.' },
  { code: 'front-matter-unclosed', description: 'A statement\'s front matter has no closing --- line.', fix: 'Add a line with only --- after the last field.' },
  { code: 'yaml-syntax', description: 'The fields could not be read: a quote, colon, bracket or indentation is wrong.', fix: 'Put text containing ": " in quotes, indent with spaces, and close every quote and bracket.' },
];

/** Faults against the schemas in src/content/schemas (schema-messages.ts). */
export const schemaCodes: CodeDoc[] = [
  { code: 'missing-field', description: 'A required field is missing.', fix: 'Add the field on its own line, as name: value.' },
  { code: 'empty-field', description: 'A field has no value.', fix: 'Write the value after the colon, or remove the line if the field is optional.' },
  { code: 'wrong-type', description: 'A field holds the wrong kind of value: text where a list belongs, or the reverse.', fix: 'Write lists one item a line starting with "- ", and groups of fields indented under their name.' },
  { code: 'unknown-field', description: 'A field name the schema does not know, often a misspelling.', fix: 'Correct the name to one of the allowed fields the message lists, or remove it.' },
  { code: 'invalid-choice', description: 'A value is not one of the allowed choices (a kind, type, language or country code).', fix: 'Use one of the values the message lists.' },
  { code: 'too-few-items', description: 'A list needs more items, like a signatory group without organizations.', fix: 'Add the items, or remove the empty list.' },
  { code: 'invalid-value', description: 'A value is not written the way the field requires: a date, an id, an address, a note label.', fix: 'Write it the way the message shows, like 2019-06-13 for a date or https://… for an address.' },
];

export function allCodes(): CodeDoc[] {
  return [...fileCodes, ...schemaCodes, ...rules.map(({ code, description, fix }) => ({ code, description, fix }))];
}
