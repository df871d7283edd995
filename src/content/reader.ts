// The one reader of content files: every tool that needs records (the validator, the importer, the
// link checker, `npm run new`) lists and parses them here, so all of them see the files Astro builds.
// A file that cannot be read gives a fault, never an exception; line numbers come from the YAML parser.
import fs from 'node:fs';
import { load as astroLoad } from 'js-yaml';
import { LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';
import { collectionNames, type CollectionName } from './collections.ts';
import { listCollection, type ContentFile, type SkippedFile } from './files.ts';
import { splitFrontMatter, type FrontMatterFault } from './front-matter.ts';

export { entryId, listCollection, type ContentFile, type SkippedFile } from './files.ts';

/** Deeper than any record needs; a YAML parser or a check walking further could run out of stack. */
export const maxDepth = 64;

/**
 * Columns of indentation and quote markers (>) a line of text may start with. Real statements use a
 * few; thousands of nested lists or quotes make Markdown parsing take minutes, in the validator and in
 * Astro alike.
 */
export const maxTextIndent = 128;

export type ReadFault =
  | { kind: 'unreadable'; reason: string }
  | { kind: 'empty' }
  | { kind: 'byte-order-mark' }
  | FrontMatterFault
  | { kind: 'yaml-syntax'; error: YAMLError }
  /** Astro's YAML reader (js-yaml) fails on fields the yaml package reads. */
  | { kind: 'yaml-astro'; message: string; line?: number }
  | { kind: 'yaml-aliases' }
  | { kind: 'yaml-too-deep' }
  | { kind: 'text-too-deep'; line: number };

export interface ContentEntry extends ContentFile {
  /** The file's text, without the one byte-order mark Astro also ignores. */
  text: string;
  /** The YAML: the whole file, or a statement's front matter. */
  document?: Document;
  lineCounter?: LineCounter;
  /** Lines of the file before the YAML starts (1 for a statement's opening ---). */
  yamlLine: number;
  /** Plain data, when the YAML could be read. */
  data?: unknown;
  /** The same fields as Astro reads them (with js-yaml, which makes 2019-06-13 a Date), for the schema to check too. */
  astroData?: unknown;
  /** A statement's Markdown text and the file line it starts on. */
  body?: string;
  bodyLine?: number;
  fault?: ReadFault;
}

export function readEntry(file: ContentFile): ContentEntry {
  let raw: string;
  try {
    raw = fs.readFileSync(file.path, 'utf8');
  } catch (error) {
    return { ...file, text: '', yamlLine: 0, fault: { kind: 'unreadable', reason: (error as Error).message } };
  }
  const entry: ContentEntry = { ...file, text: raw.replace(/^\uFEFF/, ''), yamlLine: 0 };
  if (entry.text.trim() === '') return { ...entry, fault: { kind: 'empty' } };
  if (entry.text.startsWith('\uFEFF')) return { ...entry, fault: { kind: 'byte-order-mark' } };
  let yaml = entry.text;
  if (file.collection === 'statements') {
    const split = splitFrontMatter(raw);
    if ('kind' in split) return { ...entry, fault: split };
    Object.assign(entry, { yamlLine: 1, body: split.body, bodyLine: split.bodyLine });
    yaml = split.yaml;
    const deep = split.body.split('\n').findIndex((line) => indentOf(line) > maxTextIndent);
    if (deep !== -1) return { ...entry, body: undefined, ...parseYaml(yaml), fault: { kind: 'text-too-deep', line: split.bodyLine + deep } };
  }
  const parsed = parseYaml(yaml);
  return { ...entry, ...parsed };
}

/** A YAML file outside the collections (content/about.yaml), read with the same guards as a record. */
export function readYamlFile(file: string): Pick<ContentEntry, 'data' | 'astroData' | 'document' | 'lineCounter' | 'fault'> {
  if (!fs.existsSync(file)) return { fault: { kind: 'unreadable', reason: 'the file is missing' } };
  const parsed = parseYaml(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  // The document and its line counter let the validator place a fault on its line.
  return parsed.fault ? { document: parsed.document, lineCounter: parsed.lineCounter, fault: parsed.fault } : parsed;
}

function parseYaml(yaml: string): Pick<ContentEntry, 'document' | 'lineCounter' | 'data' | 'astroData' | 'fault'> {
  const lineCounter = new LineCounter();
  const document = parseDocument(yaml, { lineCounter, prettyErrors: true, uniqueKeys: true });
  // Later YAML errors are nearly always knock-on effects of the first, so only the first is kept.
  const error = document.errors[0];
  // The parser turns running out of stack into an error of its own; it is the nesting, not a typo.
  if (error) return { document, lineCounter, fault: /call stack/i.test(error.message) ? { kind: 'yaml-too-deep' } : { kind: 'yaml-syntax', error } };
  let data: unknown;
  try {
    data = document.toJS();
  } catch (error) {
    // The yaml package refuses to expand aliases past a limit (an "alias bomb" of *references).
    return { document, lineCounter, fault: error instanceof ReferenceError ? { kind: 'yaml-aliases' } : { kind: 'yaml-too-deep' } };
  }
  if (depthOf(data) > maxDepth) return { document, lineCounter, fault: { kind: 'yaml-too-deep' } };
  try {
    return { document, lineCounter, data, astroData: astroLoad(yaml) };
  } catch (error) {
    const { reason, mark } = error as { reason?: string; mark?: { line: number } };
    return { document, lineCounter, fault: { kind: 'yaml-astro', message: reason ?? String(error), ...(mark ? { line: mark.line + 1 } : {}) } };
  }
}

/** Width of a line's leading spaces, tabs (4 columns) and > markers. */
function indentOf(line: string): number {
  let width = 0;
  for (const char of line) {
    if (char === ' ' || char === '>') width += 1;
    else if (char === '\t') width += 4;
    else break;
  }
  return width;
}

/** How deeply lists and maps nest, counted without recursion. */
function depthOf(data: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[data, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > maxDepth) return deepest;
    for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** Every readable record of a collection, for tools that only need the data (faults are skipped). */
export function readCollection(collection: CollectionName, root?: string): ContentEntry[] {
  return listCollection(collection, root).files.map(readEntry);
}

/** Every record of every collection with the files left out and why; the validator's starting point. */
export function readContent(root?: string): { entries: ContentEntry[]; skipped: SkippedFile[] } {
  const entries: ContentEntry[] = [];
  const skipped: SkippedFile[] = [];
  for (const collection of collectionNames) {
    const listed = listCollection(collection, root);
    entries.push(...listed.files.map(readEntry));
    skipped.push(...listed.skipped);
  }
  return { entries, skipped };
}
