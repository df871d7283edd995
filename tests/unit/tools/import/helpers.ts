// Shared by the import tests: the seed documents with their curated statements, and a known collection.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { importStatement, type ImportResult } from '../../../../src/tools/import/index.ts';
import { knownContent } from '../../../../src/tools/import/known.ts';

export const importFixtures = path.resolve('tests/fixtures/import');
export const fixtureContent = path.join(importFixtures, 'content');

export interface Curated {
  data: Record<string, unknown> & {
    notes?: { note: number | string; citations?: string[] }[];
    signatories?: { group: string; organizations: (string | { id: string })[] }[];
  };
  body: string;
}

/** A statement file split into its front matter (as data) and its Markdown text. */
export function readStatement(file: string): Curated {
  const text = fs.readFileSync(file, 'utf8');
  const [, yaml, body] = /^---\n([\s\S]*?)\n---\n\n?([\s\S]*)$/.exec(text)!;
  return { data: parse(yaml!), body: body! };
}

/** Notes of a Markdown text as [label, text] in the order they are written. */
export const noteTexts = (body: string): [string, string][] =>
  [...body.matchAll(/^\[\^([^\]]+)\]: (.*)$/gm)].map((m) => [m[1]!, m[2]!]);

export function importFixture(name: string, content = fixtureContent): ImportResult {
  return importStatement(fs.readFileSync(path.join(importFixtures, name), 'utf8'), knownContent(content), {
    sourcePath: `content/sources/${name}`,
    today: '2026-11-23',
  });
}

export const ids = (list: (string | { id: string })[]) => list.map((s) => (typeof s === 'string' ? s : s.id));
