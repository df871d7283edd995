// YAML syntax errors in plain words. The parser's own sentence is kept (it is precise) but stripped
// of its code excerpt, and the usual causes are named as the fix.
import type { YAMLError } from 'yaml';
import type { Problem } from './problem.ts';

const fixes: Partial<Record<YAMLError['code'], string>> = {
  BLOCK_AS_IMPLICIT_KEY:
    'A value that contains ": " (a colon and a space) must be in quotes, like title: "Guatemala: a statement". Also check the indentation of this line.',
  DUPLICATE_KEY: 'The same field appears twice in one place: keep one of them.',
  MISSING_CHAR: 'A quote, bracket or colon is missing: close every " or [ you open, and put ": " after each field name.',
  TAB_AS_INDENT: 'Indent with spaces, not tabs.',
  BAD_INDENT: 'Line up the lines of a list or a group of fields under each other, with spaces, and close every [ with ].',
  MULTILINE_IMPLICIT_KEY: 'Check the indentation: each field name must start its line, followed by ": ".',
  BAD_DQ_ESCAPE: 'Inside double quotes a backslash starts an escape: write \\\\ for a backslash, or use single quotes.',
  BAD_SCALAR_START: 'A value may not start with this character unless it is in quotes.',
};

export function yamlErrorProblem(error: YAMLError, file: string, lineOffset: number): Problem {
  const where = error.linePos?.[0];
  const sentence = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return {
    file,
    ...(where ? { line: where.line + lineOffset, column: where.col } : {}),
    code: 'yaml-syntax',
    message: `The fields could not be read: ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}.`,
    fix: `${fixes[error.code] ?? 'Check the punctuation and indentation on this line and the line before it.'} The other fields of this file are checked once it can be read.`,
  };
}
