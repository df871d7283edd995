// A statement's text as the site's Markdown parser reads it (GFM, footnotes), with the notes and
// their references indexed once for all the footnote rules.
import type { FootnoteDefinition, FootnoteReference, Node, Root, Text } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { noteIdentifier, referencesInReadingOrder } from '../lib/notes.ts';
import type { ContentRecord } from './load.ts';
import type { Position } from './locate.ts';

export interface NoteMarker {
  /** The label as written: "1" for [^1]. */
  label: string;
  /** GFM's matching key (src/lib/notes.ts): [^A] and [^a] are the same note. */
  identifier: string;
  position: Position;
}

export interface StatementText {
  tree: Root;
  /** References in the order they are written, repeats included. */
  references: (NoteMarker & { node: FootnoteReference })[];
  /** References in the order the page shows and numbers them (src/lib/notes.ts). */
  readingOrder: (NoteMarker & { node: FootnoteReference })[];
  definitions: (NoteMarker & { node: FootnoteDefinition })[];
  /** [^x] markers with no note: GFM leaves them as plain text. */
  undefinedMarkers: NoteMarker[];
  textNodes: Text[];
}

const parser = unified().use(remarkParse).use(remarkGfm);
const cache = new WeakMap<ContentRecord, StatementText>();

/**
 * Where parsed trees can be kept between runs, by the text they were parsed from: the build keeps
 * them in its cache (src/build/markdown-trees.ts), since parsing is most of the validator's time.
 * A kept tree must be exactly what `parse` returns for that text.
 */
export interface TreeStore {
  tree(body: string, parse: (body: string) => Root): Root;
}

const parse = (body: string): Root => parser.parse(body);

/**
 * The identifier of the note a front-matter notes entry is for, read leniently: "[^2]" is taken as 2,
 * since the schema already reports the brackets and a second problem would only repeat it.
 */
export const entryIdentifier = (label: unknown): string | undefined =>
  typeof label === 'string' || typeof label === 'number' ? noteIdentifier(String(label).replace(/^\s*\[\^(.*)\]\s*$/, '$1')) : undefined;

/** The file position of a node of the statement's text. */
export function bodyPosition(record: ContentRecord, node: Node | { line: number; column: number } | undefined): Position {
  const point = node && 'type' in node ? node.position?.start : node;
  if (!point) return {};
  return { line: point.line + (record.bodyLine ?? 1) - 1, column: point.column };
}

/** The file position of the character at index in a node's source text that starts at start. */
export function positionInSource(
  record: ContentRecord,
  start: { line: number; column: number },
  source: string,
  index: number,
): Position {
  const before = source.slice(0, index);
  const newlines = before.split('\n').length - 1;
  const column = newlines === 0 ? start.column + index : before.length - before.lastIndexOf('\n');
  return bodyPosition(record, { line: start.line + newlines, column });
}

export function statementText(record: ContentRecord, trees?: TreeStore): StatementText | undefined {
  if (record.body === undefined) return undefined;
  const cached = cache.get(record);
  if (cached) return cached;
  const body = record.body;
  const tree = trees ? trees.tree(body, parse) : parse(body);
  const parsed: StatementText = { tree, references: [], readingOrder: [], definitions: [], undefinedMarkers: [], textNodes: [] };
  visit(tree, (node) => {
    if (node.type === 'footnoteReference' || node.type === 'footnoteDefinition') {
      const label = node.label ?? node.identifier;
      const marker = { label, identifier: noteIdentifier(label), position: bodyPosition(record, node) };
      if (node.type === 'footnoteReference') parsed.references.push({ ...marker, node });
      else parsed.definitions.push({ ...marker, node });
    }
    if (node.type === 'text') {
      parsed.textNodes.push(node);
      const { start, end } = node.position ?? {};
      if (start?.offset === undefined || end?.offset === undefined) return;
      // Read the source, not the value, so the column of each marker is exact.
      const source = body.slice(start.offset, end.offset);
      for (const match of source.matchAll(/(?<!\\)\[\^([^\]\s]+)\]/g)) {
        parsed.undefinedMarkers.push({
          label: match[1]!,
          identifier: noteIdentifier(match[1]!),
          position: positionInSource(record, start, source, match.index),
        });
      }
    }
  });
  const markers = new Map(parsed.references.map((reference) => [reference.node, reference]));
  parsed.readingOrder = referencesInReadingOrder(tree).map((node) => markers.get(node)!);
  cache.set(record, parsed);
  return parsed;
}
