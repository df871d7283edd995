// Every schema fault in plain words, in one place: turns a zod issue into the message and fix an
// editor reads. The schemas' own error texts (src/content/schemas) are used as the fix where they
// tell what to write, and as the message where they tell what is wrong.
import type { core } from 'zod';
import { termNames, type TermGroup } from '../content/terms.ts';
import { dateFault } from './date-messages.ts';
import { didYouMean } from './suggest.ts';

export interface SchemaFault {
  code: string;
  message: string;
  fix: string;
  /** Place the problem at the key rather than its value (unknown fields). */
  atKey?: boolean;
  /** The path of the field, when it differs from the issue's (unknown fields). */
  path?: PropertyKey[];
}

export interface IssueContext {
  /** "a statement", "an organization", … */
  recordNoun: string;
  /** The value found at the issue's path (undefined when missing). */
  value: unknown;
  /** The schema's own text for this issue, when it has one. */
  schemaText: string | undefined;
  /** Field names allowed where an unknown field was found. */
  allowedKeys: string[];
}

const groupNouns: Record<string, string> = {
  signatories: 'a signatory group',
  authors: 'an author',
  notes: 'a notes entry',
  editorNotes: "an editor's note",
  provenance: 'provenance',
  archive: 'archive',
  link: 'link',
  identifiers: 'an identifier',
};

/** The field's own name ("transcribed"), or its parent's with the item number for list items. */
function keyOf(path: PropertyKey[]): string {
  const last = path.findLast((segment) => typeof segment === 'string');
  return last === undefined ? 'this field' : String(last);
}

function nounFor(path: PropertyKey[], recordNoun: string): string {
  const last = path.findLast((segment) => typeof segment === 'string');
  return last === undefined ? recordNoun : (groupNouns[String(last)] ?? `"${String(last)}"`);
}

export function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return `the text "${clip(value, 40)}"`;
  return `${typeof value === 'number' ? 'the number' : 'the value'} ${String(value)}`;
}

/** At most max characters of a value, whole characters only (an emoji is not cut in half). */
function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}

/** A value as the editor typed it: "sp" for text, the description otherwise. */
function quoted(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? `"${clip(String(value), 80)}"` : capitalize(describeValue(value));
}

const expectedWords: Record<string, string> = {
  string: 'text',
  array: 'a list',
  object: 'a group of fields',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
};

const capitalize = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

function sentence(text: string): string {
  const trimmed = capitalize(text.trim());
  return /[.?!]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Schema texts that say what to write ("expected a date …", "list at least …") become the fix. */
function asInstruction(text: string | undefined): string | undefined {
  if (text === undefined || text === 'expected text' || !/^(expected|list|use|write)\b/i.test(text)) return undefined;
  return sentence(text.replace(/^expected /i, 'Use '));
}

function valueLabels(values: readonly unknown[]): Record<string, string> {
  const group: TermGroup | undefined = values.includes('es') && values.includes('en') ? 'language' : values.includes('MX') && values.includes('US') ? 'country' : undefined;
  if (!group) return {};
  // The names are content (content/terms.yaml); when that file is itself broken, the validator reports
  // it on its own, and the hint goes without names.
  try {
    return Object.fromEntries(Object.entries(termNames(group)).map(([code, name]) => [code, name.en]));
  } catch {
    return {};
  }
}

export function translateIssue(issue: core.$ZodIssue, context: IssueContext): SchemaFault[] {
  const { value, schemaText, recordNoun } = context;
  const key = keyOf(issue.path);
  const instruction = asInstruction(schemaText);
  const problemText = schemaText !== undefined && !/^(expected|list|use|write)\b/i.test(schemaText) ? schemaText : undefined;
  const date = dateFault(issue, key, value, schemaText);
  if (date) return date;
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.path.length === 0) {
        return [{
          code: 'wrong-type',
          message: value == null ? 'There are no fields here.' : `The file holds ${describeValue(value)} instead of the fields of ${recordNoun}.`,
          fix: 'Write one field per line, as name: value (for example title: …, or name: …).',
        }];
      }
      if (value === null) {
        return [{ code: 'empty-field', message: `"${key}" is empty.`, fix: `Write the value after "${key}:", or remove the line if the field is optional.` }];
      }
      if (value === undefined) {
        const parent = nounFor(issue.path.slice(0, -1), recordNoun);
        return [{
          code: 'missing-field',
          message: `The required field "${key}" is missing from ${parent}.`,
          fix: `Add a line "${key}: …"${issue.path.length > 1 ? ` to ${parent}` : ''}.${instruction ? ` ${instruction}` : ''}`,
        }];
      }
      if (issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
        // date: 2016 or name: 1968 are read by YAML as numbers, though they look like what is asked.
        return [{
          code: 'wrong-type',
          message: `"${key}" should be text, but ${String(value)} without quotes is read as a ${typeof value === 'number' ? 'number' : 'yes/no value'}.`,
          fix: `Put it in quotes: ${key}: "${String(value)}".`,
        }];
      }
      const expected = expectedWords[issue.expected] ?? issue.expected;
      const layout = issue.expected === 'array'
        ? `Write each item on its own line under "${key}:", starting with "- ".`
        : issue.expected === 'object'
          ? `Indent the fields that belong to "${key}" under it.`
          : 'Put the value in quotes if it is text.';
      return [{
        code: 'wrong-type',
        message: `"${key}" should be ${expected}, but it is ${describeValue(value)}.`,
        fix: instruction && issue.expected === 'string' ? instruction : layout,
      }];
    }
    case 'unrecognized_keys':
      return issue.keys.map((unknownKey) => ({
        code: 'unknown-field',
        message: `"${unknownKey}" is not a field of ${nounFor(issue.path, recordNoun)}.`,
        fix: `${didYouMean(unknownKey, context.allowedKeys) || 'Remove it or rename it. '}The allowed fields are: ${context.allowedKeys.join(', ')}.`,
        atKey: true,
        path: [...issue.path, unknownKey],
      }));
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      if (value === undefined) {
        // An enum field left out: zod reports the missing value as not allowed.
        const parent = nounFor(issue.path.slice(0, -1), recordNoun);
        return [{
          code: 'missing-field',
          message: `The required field "${key}" is missing from ${parent}.`,
          fix: `Add a line "${key}: …"${issue.path.length > 1 ? ` to ${parent}` : ''} with one of: ${allowed.join(', ')}.`,
        }];
      }
      return [{
        code: 'invalid-choice',
        message: `${quoted(value)} is not one of the allowed values for "${key}".`,
        fix: `${typeof value === 'string' ? didYouMean(value, allowed, valueLabels(issue.values)) : ''}Use one of: ${allowed.join(', ')}.`,
      }];
    }
    case 'too_small':
      if (issue.origin === 'number' || issue.origin === 'int') return [wrongValue(key, value, problemText, instruction)];
      if (issue.origin === 'string') {
        return [{ code: 'empty-field', message: `"${key}" is empty.`, fix: `Write the text after "${key}:", or remove the line if the field is optional.` }];
      }
      return [{
        code: 'too-few-items',
        message: problemText ? sentence(problemText) : `"${key}" needs at least ${String(issue.minimum)} item(s).`,
        fix: instruction ?? `Add the missing items under "${key}:", each on its own line starting with "- ".`,
      }];
    default:
      return [wrongValue(key, value, problemText, instruction)];
  }
}

function wrongValue(key: string, value: unknown, problemText: string | undefined, instruction: string | undefined): SchemaFault {
  return {
    code: 'invalid-value',
    message: problemText
      ? `"${key}" is ${quoted(value)}, but ${problemText}.`
      : `${quoted(value)} is not written the way "${key}" requires.`,
    fix: instruction ?? `Correct the value after "${key}:".`,
  };
}
