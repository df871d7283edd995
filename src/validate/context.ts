// What a rule sees: all records at once (references cross files), located problem builders, and
// the parsed text of statements. Rules never read files themselves, except provenance sources.
import path from 'node:path';
import { collections, type CollectionName } from '../content/collections.ts';
import { displayPath, type ContentRecord, type LoadedContent, type StrayFile } from './load.ts';
import { locate, type Position } from './locate.ts';
import { statementText, type StatementText, type TreeStore } from './markdown.ts';
import { fieldName, type Path, type Problem } from './problem.ts';

export interface Rule {
  /** Stable code, explained in the editors' guide. */
  code: string;
  description: string;
  /** What to do about it, in one line, for the editors' guide. */
  fix: string;
  /** A warning is reported but neither fails `npm run validate` nor stops the build (a missing translation). */
  severity?: 'warning';
  check(context: RuleContext): Problem[];
}

export interface RuleContext {
  root: string;
  records: ContentRecord[];
  strays: StrayFile[];
  of(collection: CollectionName): ContentRecord[];
  /** Ids of the records of a collection (files with the right extension, readable or not). */
  ids(collection: CollectionName): Set<string>;
  text(record: ContentRecord): StatementText | undefined;
  /** "content/organizations/", as editors see it. */
  folder(collection: CollectionName): string;
  /** A problem at a front-matter or YAML field. */
  atField(record: ContentRecord, path: Path, code: string, message: string, fix: string): Problem;
  /** A problem in a statement's Markdown text. */
  inText(record: ContentRecord, position: Position, code: string, message: string, fix: string): Problem;
}

/** `trees` keeps parsed statement texts between runs (the build cache); without it each text is parsed. */
export function ruleContext(content: LoadedContent, trees?: TreeStore): RuleContext {
  const idSets = new Map<CollectionName, Set<string>>();
  const of = (collection: CollectionName) => content.records.filter((r) => r.collection === collection);
  return {
    root: content.root,
    records: content.records,
    strays: content.strays,
    of,
    ids(collection) {
      if (!idSets.has(collection)) idSets.set(collection, new Set(of(collection).map((r) => r.id)));
      return idSets.get(collection)!;
    },
    text: (record) => statementText(record, trees),
    folder: (collection) => `${displayPath(path.join(content.root, collections[collection].folder))}/`,
    atField(record, fieldPath, code, message, fix) {
      const field = fieldName(fieldPath);
      return { file: record.file, ...locate(record, fieldPath), ...(field ? { field } : {}), code, message, fix };
    },
    inText(record, position, code, message, fix) {
      return { file: record.file, ...position, code, message, fix };
    },
  };
}
