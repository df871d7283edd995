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
  { code: 'symlink', description: 'A file in a collection folder is a link to another file, which the site would publish unchecked.', fix: 'Replace the link with a copy of the file, or delete it.' },
  { code: 'special-file', description: 'A collection folder holds something that is not an ordinary file (a pipe, socket or device).', fix: 'Delete it or move it out of the content folder.' },
  { code: 'empty-id', description: 'A file name has no letter or digit, so the site cannot give it an id or an address.', fix: 'Rename the file to lower-case letters, digits and hyphens.' },
  { code: 'unreadable-file', description: 'A file could not be opened.', fix: 'Check that the file is not locked or protected.' },
  { code: 'empty-file', description: 'A file is empty.', fix: 'Write the fields (and a statement\'s text), or delete the file.' },
  { code: 'byte-order-mark', description: 'A file starts with more than one invisible byte-order mark, so its first line cannot be read.', fix: 'Delete the invisible characters at the start of the file and save it as UTF-8.' },
  { code: 'front-matter-missing', description: 'A statement does not start with its front matter between two --- lines.', fix: 'Make the first line exactly ---, then the fields, then another --- line before the text.' },
  { code: 'front-matter-unclosed', description: 'A statement\'s front matter has no closing --- line.', fix: 'Add a line with only --- after the last field.' },
  { code: 'front-matter-delimiter', description: 'A line of a statement\'s front matter starts with --- (or +++) but holds more, or the front matter opens with +++.', fix: 'Open and close the front matter with lines of exactly ---.' },
  { code: 'yaml-syntax', description: 'The fields could not be read: a quote, colon, bracket or indentation is wrong.', fix: 'Put text containing ": " in quotes, indent with spaces, and close every quote and bracket.' },
  { code: 'yaml-aliases', description: 'The fields use so many YAML aliases (*name) that reading them would exhaust memory.', fix: 'Write each value out in full instead of using &anchors and *aliases.' },
  { code: 'yaml-too-deep', description: 'Lists or groups of fields nest far deeper than any record needs.', fix: 'Check the brackets and indentation; no field needs more than a few levels.' },
  { code: 'text-too-deep', description: 'A line of a statement\'s text starts with so many spaces or > signs that reading the text would take minutes.', fix: 'Remove the spaces and > signs at the start of the line.' },
];

/** Faults against the schemas in src/content/schemas (schema-messages.ts). */
export const schemaCodes: CodeDoc[] = [
  { code: 'missing-field', description: 'A required field is missing.', fix: 'Add the field on its own line, as name: value.' },
  { code: 'empty-field', description: 'A field has no value.', fix: 'Write the value after the colon, or remove the line if the field is optional.' },
  { code: 'wrong-type', description: 'A field holds the wrong kind of value: text where a list belongs, or the reverse.', fix: 'Write lists one item a line starting with "- ", and groups of fields indented under their name.' },
  { code: 'unknown-field', description: 'A field name the schema does not know, often a misspelling.', fix: 'Correct the name to one of the allowed fields the message lists, or remove it.' },
  { code: 'invalid-choice', description: 'A value is not one of the allowed choices (a kind, type, language or country code).', fix: 'Use one of the values the message lists.' },
  { code: 'too-few-items', description: 'A list needs more items, like a signatory group without organizations.', fix: 'Add the items, or remove the empty list.' },
  { code: 'yaml-ambiguous', description: 'A value the site reads differently from the validator: an unquoted 2019-06-13 in a text field is read as a date.', fix: 'Put the value in double quotes.' },
  { code: 'invalid-value', description: 'A value is not written the way the field requires: a date, an id, an address, a note label.', fix: 'Write it the way the message shows, like 2019-06-13 for a date or https://… for an address.' },
];

export function allCodes(): CodeDoc[] {
  return [...fileCodes, ...schemaCodes, ...rules.map(({ code, description, fix }) => ({ code, description, fix }))];
}
