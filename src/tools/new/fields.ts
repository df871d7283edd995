// Every field of every record, read from the zod schemas of the collection registry (through their
// JSON Schema), each with the description the schema gives it: the one list the scaffold
// (`npm run new`), the editors' guide and the importer's questions use.
import { z } from 'zod';
import { collections, referenceTarget, type CollectionName } from '../../content/collections.ts';

export interface Field {
  /** "authors.name" for a field of each author. */
  path: string;
  name: string;
  required: boolean;
  /** What the value looks like, in words: "text", "a list of policy ids", "one of: en, es …". */
  type: string;
  values?: string[];
  list: boolean;
  children: Field[];
  doc: string;
}

interface JsonSchema {
  type?: string;
  enum?: string[];
  pattern?: string;
  format?: string;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  minItems?: number;
  description?: string;
  additionalProperties?: JsonSchema | boolean;
}

function describe(node: JsonSchema, collection: CollectionName, path: string, plural = false): string {
  const target = referenceTarget(collection, path);
  if (node.type === 'array' && node.items) {
    const least = node.minItems ? ` (at least ${node.minItems})` : '';
    if (node.items.type === 'object' && !target) return `a list${least}, each item with the fields below`;
    if (node.items.enum) return `a list${least} of codes, each one of: ${node.items.enum.join(', ')}`;
    return `a list of ${describe(node.items, collection, path, true)}${least}`;
  }
  if (target) return plural ? `${collections[target].noun.one} ids` : `${collections[target].noun.a} id`;
  if (node.anyOf) return node.anyOf.some((n) => n.type === 'integer') ? 'a number or a sign, like 3 or "*"' : node.anyOf.map((n) => describe(n, collection, path, plural)).join(', or ');
  if (node.enum) return `one of: ${node.enum.join(', ')}`;
  // A record (z.record) keyed by ids: es.editorNotes holds one text per editor's note id.
  if (node.type === 'object' && !node.properties && typeof node.additionalProperties === 'object') return 'one line per id, indented under it: the id, a colon and the text';
  if (node.type === 'object') return 'the fields below, indented under it';
  if (node.format === 'uri') return plural ? 'web addresses' : 'a web address (https://…)';
  if (node.pattern === '^\\d{4}-\\d{2}-\\d{2}$') return 'a date: YYYY-MM-DD';
  if (node.pattern?.startsWith('^(\\d{4})')) return 'a date: YYYY-MM-DD, YYYY-MM or YYYY';
  if (node.pattern?.startsWith('^[a-z0-9]')) return 'a short id: lower-case letters, digits and hyphens';
  return plural ? 'texts' : 'text';
}

function walk(node: JsonSchema, collection: CollectionName, prefix: string): Field[] {
  return Object.entries(node.properties ?? {}).map(([name, child]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    const inner = child.type === 'array' && child.items?.type === 'object' ? child.items : child;
    const doc = child.description;
    if (doc === undefined) throw new Error(`The ${collection} schema gives the field "${path}" no description: add .describe('…') to it.`);
    return {
      path,
      name,
      required: (node.required ?? []).includes(name) && !('default' in child),
      type: describe(child, collection, path),
      ...(child.enum ? { values: child.enum } : child.items?.enum ? { values: child.items.enum } : {}),
      list: child.type === 'array',
      children: inner.type === 'object' && !referenceTarget(collection, path) ? walk(inner, collection, path) : [],
      doc,
    };
  });
}

const cache = new Map<CollectionName, Field[]>();

export function fieldsOf(collection: CollectionName): Field[] {
  if (!cache.has(collection)) {
    const json = z.toJSONSchema(collections[collection].schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
    cache.set(collection, walk(json, collection, ''));
  }
  return cache.get(collection)!;
}

/** Every field, nested ones included, depth first. */
export const allFields = (fields: Field[]): Field[] => fields.flatMap((f) => [f, ...allFields(f.children)]);

/** The values an enum field allows, in the schema's order: "type" of organizations, say. */
export function allowedValues(collection: CollectionName, path: string): string[] {
  const values = allFields(fieldsOf(collection)).find((f) => f.path === path)?.values;
  if (!values) throw new Error(`The ${collection} field "${path}" is not a choice of values in its schema.`);
  return values;
}
