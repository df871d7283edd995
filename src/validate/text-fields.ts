// Every piece of text in the content, found by walking the parsed data rather than a list of fields,
// so a field added to a schema is checked without code: each string with its kind, its limit and a
// way to place any of its characters on a file line and column.
import { isScalar, type Node } from 'yaml';
import type { ContentRecord } from './load.ts';
import type { Position } from './locate.ts';
import { locate } from './locate.ts';
import { positionInSource } from './markdown.ts';
import { fieldName, type Path } from './problem.ts';

export interface FieldKind {
  /** What the editors' guide and messages call it: "a name". */
  noun: string;
  /** Longest value allowed, in characters. */
  max: number;
  /** Whether line breaks and tabs belong in it. */
  multiline: boolean;
}

/** One source of truth for the limits; the editors' guide lists them from here. */
export const fieldKinds = {
  name: { noun: 'a name', max: 200, multiline: false },
  title: { noun: 'a title', max: 300, multiline: false },
  address: { noun: 'a web address', max: 2000, multiline: false },
  prose: { noun: 'a summary, description or note', max: 2000, multiline: true },
  short: { noun: 'an id, date, code or other short field', max: 200, multiline: false },
  text: { noun: "a statement's text", max: 300_000, multiline: true },
} as const satisfies Record<string, FieldKind>;

export type FieldKindName = keyof typeof fieldKinds;

/** Which kind a field is, by its own name (the last name in its path, so aliases[2] is "aliases"). */
const kindByKey: Record<string, FieldKindName> = {
  name: 'name', acronym: 'name', aliases: 'name', printed: 'name', group: 'name', role: 'name',
  title: 'title',
  url: 'address', website: 'address',
  summary: 'prose', description: 'prose', text: 'prose', dateNote: 'prose', editorNote: 'prose', quote: 'prose', questions: 'prose',
};

export function kindOf(path: Path): FieldKindName {
  if (path.length === 0) return 'text';
  // es.editorNotes.<id> is a note's Spanish text, kept under the note's id rather than a field name.
  if (path[0] === 'es' && path[1] === 'editorNotes' && path.length === 3) return 'prose';
  const key = path.findLast((segment) => typeof segment === 'string');
  return (key !== undefined && kindByKey[key]) || 'short';
}

export interface TextValue {
  record: ContentRecord;
  /** Path of the field; empty for a statement's Markdown text. */
  path: Path;
  /** "title", "aliases[2]", or "the text" for a statement's Markdown. */
  label: string;
  kind: FieldKindName;
  value: string;
  /** Where the character at index of value stands in the file; literal is false when it does not stand there as itself (a YAML escape like "\u202E"). */
  positionOf(index: number): Position & { literal: boolean };
}

const cache = new WeakMap<ContentRecord, TextValue[]>();

/** Every string of a record's fields, and a statement's text, in file order. */
export function textValues(record: ContentRecord): TextValue[] {
  const cached = cache.get(record);
  if (cached) return cached;
  const found: TextValue[] = [];
  let source: string | undefined;
  const yaml = () => (source ??= yamlSource(record));
  const walk = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') {
      found.push({ record, path, label: fieldName(path) ?? '', kind: kindOf(path), value, positionOf: fieldPositions(record, path, value, yaml) });
    } else if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
    else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
  };
  if (record.data !== undefined) walk(record.data, []);
  if (record.body !== undefined) {
    const body = record.body;
    found.push({
      record, path: [], label: 'the text', kind: 'text', value: body,
      positionOf: (index) => ({ ...positionInSource(record, { line: 1, column: 1 }, body, index), literal: true }),
    });
  }
  cache.set(record, found);
  return found;
}

/** The YAML as the parser read it, so node offsets index into it. */
function yamlSource(record: ContentRecord): string {
  if (record.collection !== 'statements') return record.text;
  return record.text.split(/\r?\n/).slice(1, (record.bodyLine ?? 2) - 2).join('\n');
}

/** Positions are worked out only for the few characters a rule reports. */
function fieldPositions(record: ContentRecord, path: Path, value: string, yaml: () => string): TextValue['positionOf'] {
  return (index) => {
    const node = record.document?.getIn(path, true) as Node | undefined;
    const range = isScalar(node) ? node.range : undefined;
    if (!range || !record.lineCounter) return { ...locate(record, path), literal: false };
    const source = yaml().slice(range[0], range[1]);
    // The nth occurrence of the character in the value is taken to be its nth occurrence in the source.
    const char = String.fromCodePoint(value.codePointAt(index)!);
    const nth = value.slice(0, index).split(char).length - 1;
    let at = -1;
    for (let i = 0; i <= nth; i++) {
      at = source.indexOf(char, at + 1);
      if (at === -1) break;
    }
    const { line, col } = record.lineCounter.linePos(range[0] + Math.max(at, 0));
    return { line: line + record.yamlLine, column: col, literal: at !== -1 };
  };
}
