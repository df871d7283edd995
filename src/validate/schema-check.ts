// Checks each record against its collection's zod schema (src/content/collections.ts) and places every fault on its line.
import type { core, z } from 'zod';
import { collections, type CollectionName } from '../content/collections.ts';
import type { ContentRecord } from './load.ts';
import { locate } from './locate.ts';
import { fieldName, type Path, type Problem } from './problem.ts';
import { translateIssue } from './schema-messages.ts';
import { closest } from './suggest.ts';

const schemaOf = (collection: CollectionName): z.ZodType => collections[collection].schema;

/** Marks zod's built-in messages, so the schemas' own texts can be told apart from them. */
const builtIn = '\u0000built-in';

export function checkSchema(record: ContentRecord): Problem[] {
  return checkFields(record, schemaOf(record.collection), collections[record.collection].noun.a);
}

/** What a schema check needs of a file: its fields, as both parsers read them, and where they are. */
export type CheckedFile = Pick<ContentRecord, 'file' | 'data' | 'astroData' | 'document' | 'lineCounter' | 'yamlLine'>;

/** Checks a file's fields against a schema; for records, and for the site files (about.yaml, terms.yaml). */
export function checkFields(record: CheckedFile, schema: z.ZodType, recordNoun: string): Problem[] {
  if (record.data === undefined) return [];
  const result = schema.safeParse(record.data, { error: () => builtIn });
  if (result.success) return readDifferently(record, schema);
  const problems: Problem[] = [];
  const misspelled = misspelledFields(schema, result.error.issues);
  for (const issue of result.error.issues) {
    const path = issue.path as Path;
    // "sumary" is reported as an unknown field with "Did you mean summary?"; a second problem
    // saying summary is missing would only repeat it.
    if (issue.code === 'invalid_type' && valueAt(record.data, path) === undefined && misspelled.has(fieldName(path) ?? '')) continue;
    const faults = translateIssue(issue, {
      recordNoun,
      value: valueAt(record.data, path),
      schemaText: issue.message === builtIn ? undefined : issue.message,
      allowedKeys: issue.code === 'unrecognized_keys' ? objectKeysAt(schema, path) : [],
    });
    for (const fault of faults) {
      const faultPath = (fault.path ?? path) as Path;
      const field = fieldName(faultPath);
      problems.push({
        file: record.file,
        ...locate(record, faultPath, { key: fault.atKey ?? false }),
        ...(field ? { field } : {}),
        code: fault.code,
        message: fault.message,
        fix: fault.fix,
      });
    }
  }
  return problems;
}

/** Fields that an unknown key in the same place looks like a misspelling of. */
function misspelledFields(schema: z.ZodType, issues: readonly core.$ZodIssue[]): Set<string> {
  const fields = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const allowed = objectKeysAt(schema, issue.path as Path);
    for (const key of issue.keys) {
      const match = closest(key, allowed);
      if (match) fields.add(fieldName([...(issue.path as Path), match])!);
    }
  }
  return fields;
}

export function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

interface SchemaDef {
  type: string;
  innerType?: SchemaNode;
  in?: SchemaNode;
  out?: SchemaNode;
  shape?: Record<string, SchemaNode>;
  element?: SchemaNode;
}
interface SchemaNode {
  _zod: { def: SchemaDef };
}

/** Looks through optional, default and transform wrappers to the schema that does the checking. */
function unwrap(node: SchemaNode): SchemaNode {
  for (;;) {
    const def = node._zod.def;
    if (def.innerType) node = def.innerType;
    else if (def.type === 'pipe' && def.in && def.out) node = def.out._zod.def.type === 'transform' ? def.in : def.out;
    else return node;
  }
}

/** The field names an object in the schema allows, for "Did you mean" on unknown fields. */
function objectKeysAt(schema: z.ZodType, path: Path): string[] {
  let node = unwrap(schema as unknown as SchemaNode);
  for (const segment of path) {
    const def = node._zod.def;
    const next = def.type === 'object' ? def.shape?.[String(segment)] : def.type === 'array' ? def.element : undefined;
    if (!next) return [];
    node = unwrap(next);
  }
  return Object.keys(node._zod.def.shape ?? {});
}

/**
 * Astro reads YAML with js-yaml, which takes an unquoted 2019-06-13 for a date (and !!binary for bytes),
 * where the validator's parser keeps text: a value the schema accepts as written but not as Astro
 * reads it would stop the build with a stack trace, so it is reported here, at its line.
 */
function readDifferently(record: CheckedFile, schema: z.ZodType): Problem[] {
  if (record.astroData === undefined) return [];
  const result = schema.safeParse(record.astroData);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const path = issue.path as Path;
    const written = valueAt(record.data, path);
    const read = valueAt(record.astroData, path);
    const as = read instanceof Date ? 'a date' : read instanceof Uint8Array ? 'binary data' : read === null ? 'nothing' : Array.isArray(read) ? 'a list' : `a ${typeof read}`;
    const field = fieldName(path);
    const key = [...path].reverse().find((segment) => typeof segment === 'string');
    return {
      file: record.file,
      ...locate(record, path),
      ...(field ? { field } : {}),
      code: 'yaml-ambiguous',
      message: `The site reads ${typeof written === 'string' ? `"${written}"` : 'this value'} as ${as}, not as the text written here, and the build would fail on it.`,
      fix: typeof written === 'string' ? `Put the value in double quotes: ${key ?? 'field'}: ${JSON.stringify(written)}.` : 'Put the value in double quotes.',
    };
  });
}
