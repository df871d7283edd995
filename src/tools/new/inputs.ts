// The values `npm run new` needs for a record: its required fields (asked for, or given as flags) and
// any other simple field given as a flag. Each value is checked against its field's schema as soon
// as it is given, with the validator's words, so a wrong answer is asked again rather than written.
import fs from 'node:fs';
import path from 'node:path';
import type { core, z } from 'zod';
import { collections, referenceTarget, type CollectionName } from '../../content/collections.ts';
import { listCollection } from '../../content/reader.ts';
import { displayPath } from '../../lib/display-path.ts';
import { translateIssue } from '../../validate/schema-messages.ts';
import { didYouMean } from '../../validate/suggest.ts';
import { fieldsOf, type Field } from './fields.ts';

export interface Input {
  /** The flag that gives it: --name, --source (for provenance.source). */
  flag: string;
  field: Field;
  path: string[];
}

/** Fields an editor fills in when creating a record by hand; questions are the import's. */
const skipped = new Set(['questions', 'link', 'archive']);

/**
 * The inputs of a record: required ones, optional ones (taken from flags only), and the Spanish
 * versions of its required texts (es.summary as --es-summary), which are asked for when someone is
 * typing but may be left empty: the validator then warns that they are missing.
 */
export function inputsFor(collection: CollectionName): { required: Input[]; optional: Input[]; spanish: Input[] } {
  const required: Input[] = [];
  const optional: Input[] = [];
  const spanish: Input[] = [];
  const fields = fieldsOf(collection);
  const requiredTexts = new Set(fields.filter((f) => f.required && f.children.length === 0).map((f) => f.name));
  for (const field of fields) {
    if (skipped.has(field.name)) continue;
    if (field.name === 'es') {
      for (const child of field.children) if (requiredTexts.has(child.name)) spanish.push({ flag: `es-${child.name}`, field: child, path: [field.name, child.name] });
      continue;
    }
    if (field.children.length > 0) {
      if (field.required && !field.list) {
        for (const child of field.children) if (child.required) required.push({ flag: child.name, field: child, path: [field.name, child.name] });
      }
      continue;
    }
    (field.required ? required : optional).push({ flag: field.name, field, path: [field.name] });
  }
  return { required, optional, spanish };
}

/** "MX, GT" → ["MX", "GT"]; lists of free text are split at ";" only, since names contain commas. */
export function parseAnswer(input: Input, raw: string): unknown {
  const text = raw.trim();
  if (!input.field.list) return text;
  const texts = input.field.type.startsWith('a list of texts');
  return text.split(texts ? /\s*;\s*/ : /\s*[;,]\s*/).filter(Boolean);
}

const builtIn = '\u0000built-in';

interface Shaped {
  shape?: Record<string, z.ZodType>;
}

function schemaAt(collection: CollectionName, at: string[]): z.ZodType {
  // An optional group (the es: block) is looked into; the field itself keeps its own wrapper.
  const group = (schema: z.ZodType): Shaped => ('unwrap' in schema && typeof schema.unwrap === 'function' ? (schema.unwrap() as Shaped) : (schema as unknown as Shaped));
  return at.reduce((schema, segment) => group(schema).shape![segment]!, collections[collection].schema as z.ZodType);
}

/** What is wrong with a value, in the validator's words, or undefined when it is right. */
export function checkAnswer(collection: CollectionName, input: Input, value: unknown, root: string): string | undefined {
  const result = schemaAt(collection, input.path).safeParse(value, { error: () => builtIn });
  if (!result.success) {
    const issue = result.error.issues[0]! as core.$ZodIssue;
    const at = issue.path.length ? (value as unknown[])[issue.path[0] as number] : value;
    const [fault] = translateIssue({ ...issue, path: [...input.path, ...issue.path] } as core.$ZodIssue, {
      recordNoun: collections[collection].noun.a,
      value: at,
      schemaText: issue.message === builtIn ? undefined : issue.message,
      allowedKeys: [],
    });
    return `${fault!.message} ${fault!.fix}`;
  }
  const target = referenceTarget(collection, input.path.join('.'));
  if (target) {
    const known = listCollection(target, root).files.map((file) => file.id);
    const missing = (Array.isArray(value) ? value : [value]).map(String).find((id) => !known.includes(id));
    const noun = collections[target].noun.one;
    if (missing) return `"${missing}" is not a known ${noun}. ${didYouMean(missing, known)}Create it first (npm run new -- ${noun}), or use the id of one in ${displayPath(path.join(root, collections[target].folder))}/.`;
  }
  if (input.path.join('.') === 'provenance.source') {
    const file = String(value).startsWith('content/') ? path.join(root, String(value).slice('content/'.length)) : path.resolve(String(value));
    if (!fs.existsSync(file)) return `The source transcription "${String(value)}" does not exist. Put the text in content/sources/ first and write its path, like content/sources/my-statement.txt.`;
  }
  return undefined;
}

/** Every field path of the collection has a flag: used to reject unknown flags. */
export const flagNames = (collection: CollectionName): string[] => {
  const { required, optional, spanish } = inputsFor(collection);
  return [...required, ...optional, ...spanish].map((input) => input.flag);
};

