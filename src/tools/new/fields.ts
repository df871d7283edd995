// Every field of every record, read from the zod schemas (through their JSON Schema) and described
// with the lines in docs.ts: the one list the scaffold (`npm run new`) and the editors' guide use.
import { z } from 'zod';
import { schemas } from '../../validate/schema-check.ts';
import type { CollectionName } from '../../content/paths.ts';
import { referenceFields } from '../../validate/references.ts';
import { fieldDocs } from './docs.ts';

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
}

const nouns: Record<string, [string, string]> = {
  organizations: ['an organization id', 'organization ids'],
  policies: ['a policy id', 'policy ids'],
  citations: ['a citation id', 'citation ids'],
};

function targetOf(collection: CollectionName, path: string): string | undefined {
  return referenceFields[collection].find(([pattern]) => pattern.replace(/\.\*/g, '') === path)?.[1];
}

function describe(node: JsonSchema, collection: CollectionName, path: string, plural = false): string {
  const target = targetOf(collection, path);
  if (node.type === 'array' && node.items) {
    const least = node.minItems ? ` (at least ${node.minItems})` : '';
    if (node.items.type === 'object' && !target) return `a list${least}, each item with the fields below`;
    if (node.items.enum) return `a list${least} of codes, each one of: ${node.items.enum.join(', ')}`;
    return `a list of ${describe(node.items, collection, path, true)}${least}`;
  }
  if (target) return plural ? nouns[target]![1] : nouns[target]![0];
  if (node.anyOf) return node.anyOf.some((n) => n.type === 'integer') ? 'a number or a sign, like 3 or "*"' : node.anyOf.map((n) => describe(n, collection, path, plural)).join(', or ');
  if (node.enum) return `one of: ${node.enum.join(', ')}`;
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
    const doc = fieldDocs[collection][path];
    if (doc === undefined) throw new Error(`src/tools/new/docs.ts has no line for the ${collection} field "${path}".`);
    return {
      path,
      name,
      required: (node.required ?? []).includes(name) && !('default' in child),
      type: describe(child, collection, path),
      ...(child.enum ? { values: child.enum } : child.items?.enum ? { values: child.items.enum } : {}),
      list: child.type === 'array',
      children: inner.type === 'object' && !targetOf(collection, path) ? walk(inner, collection, path) : [],
      doc,
    };
  });
}

const cache = new Map<CollectionName, Field[]>();

export function fieldsOf(collection: CollectionName): Field[] {
  if (!cache.has(collection)) {
    const json = z.toJSONSchema(schemas[collection], { io: 'input', unrepresentable: 'any' }) as JsonSchema;
    cache.set(collection, walk(json, collection, ''));
  }
  return cache.get(collection)!;
}

/** Every field, nested ones included, depth first. */
export const allFields = (fields: Field[]): Field[] => fields.flatMap((f) => [f, ...allFields(f.children)]);
