// The import as editors run it: drafts land in the content folder given (a temporary copy here, never
// the real content/), fail validation while questions are open, and pass once an editor answers them.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';
import { validateContent } from '../../../../src/validate/index.ts';
import { displayPath } from '../../../../src/lib/display-path.ts';
import { fixtureContent, importFixtures, readStatement } from './helpers.ts';

const node = path.resolve('node_modules/.bin/node');
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'import-cli-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

const run = (...args: string[]) => {
  const result = spawnSync(node, ['scripts/import.ts', ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

const listing = (dir: string): string[] =>
  fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)).sort();

/** A copy of the real collection without its statements, for the drafts to join. */
function collectionCopy(name: string): string {
  const root = path.join(temp, name);
  fs.cpSync('content', root, { recursive: true });
  fs.rmSync(path.join(root, 'statements'), { recursive: true });
  fs.mkdirSync(path.join(root, 'statements'));
  return root;
}

const realContent = listing('content');

describe.each([
  { source: '000_51ab636edee0af5f.txt', slug: '2019-guatemala-border-externalization', open: 4 },
  { source: '003_3bca54cb000739d9.txt', slug: '2017-standing-up-to-harmful-policies', open: 5 },
])('npm run import -- content/sources/$source', ({ source, slug, open }) => {
  const root = collectionCopy(slug);
  const draftFile = path.join(root, 'statements', `${slug}.md`);
  const first = run(`content/sources/${source}`, '--content', root, '--slug', slug, '--today', '2026-11-23');

  test('writes the draft statement and prints the questions', () => {
    expect(first.code, first.stderr).toBe(0);
    expect(fs.existsSync(draftFile)).toBe(true);
    expect(first.stdout).toMatch(/\d+ questions for an editor/);
    expect(first.stdout).toContain('  1. ');
  });

  test('the draft fails validation until every question is answered', async () => {
    const report = await validateContent(root);
    expect(new Set(report.problems.map((p) => p.file))).toEqual(new Set([displayPath(draftFile)]));
    expect(report.problems.filter((p) => p.code === 'unanswered-question')).toHaveLength(open);
    expect(report.problems.map((p) => p.field)).toContain('summary');
  });

  test('answering the questions as the curated statement does makes it valid', async () => {
    const curated = readStatement(`content/statements/${slug}.md`).data;
    const text = fs.readFileSync(draftFile, 'utf8');
    const [, yaml, body] = /^---\n([\s\S]*?)---\n([\s\S]*)$/.exec(text)!;
    const document = parseDocument(yaml!);
    for (const field of ['date', 'dateNote', 'kind', 'summary', 'publisher', 'actors', 'policies']) {
      if (curated[field] !== undefined) document.set(field, curated[field]);
    }
    document.delete('questions');
    fs.writeFileSync(draftFile, `---\n${document.toString()}---\n${body}`);
    const report = await validateContent(root);
    expect(report.problems).toEqual([]);
  });

  test('a second run stops before overwriting anything', () => {
    const before = fs.readFileSync(draftFile, 'utf8');
    const again = run(`content/sources/${source}`, '--content', root, '--slug', slug);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(`Nothing was written: content/sources/${source} was imported already, as ${displayPath(draftFile)}: edit that draft, or run again with --replace to import the text over it (its edits and answers are lost).\n`);
    expect(fs.readFileSync(draftFile, 'utf8')).toBe(before);
  });
});

test('--out writes drafts and a copy of the source elsewhere, matching against --content', () => {
  const out = path.join(temp, 'out');
  const before = listing(fixtureContent);
  const result = run(path.join(importFixtures, 'spanish-superscripts.txt'), '--content', fixtureContent, '--out', out, '--today', '2026-11-23');
  expect(result.code, result.stderr).toBe(0);
  expect(listing(out).map((f) => path.relative(out, f))).toEqual([
    'citations/amnesty-international-nadie-me-protege.yaml',
    'citations/dhs-2019-07-26-acuerdo-de-cooperacion-en-materia-de.yaml',
    'organizations/pastoral-de-movilidad-humana.yaml',
    'organizations/red-jesuita-con-migrantes-mexico.yaml',
    'sources/spanish-superscripts.txt',
    'statements/2019-organizaciones-de-la-sociedad-civil-rechazan.md',
  ]);
  expect(listing(fixtureContent)).toEqual(before);
});

test('a different text already saved under the same name stops the import before it writes anything', () => {
  const out = path.join(temp, 'clash');
  fs.mkdirSync(path.join(out, 'sources'), { recursive: true });
  fs.writeFileSync(path.join(out, 'sources', 'letter-without-notes.txt'), 'Another text.\n');
  const result = run(path.join(importFixtures, 'letter-without-notes.txt'), '--content', fixtureContent, '--out', out);
  expect(result.code).toBe(1);
  expect(result.stderr).toContain('exists and differs from');
  expect(listing(out).map((f) => path.relative(out, f))).toEqual(['sources/letter-without-notes.txt']);
});

test('--dry-run prints the drafts and writes nothing', () => {
  const out = path.join(temp, 'dry');
  const result = run(path.join(importFixtures, 'letter-without-notes.txt'), '--content', fixtureContent, '--out', out, '--dry-run');
  expect(result.code).toBe(0);
  expect(result.stdout).toContain('==> ');
  expect(result.stdout).toContain('as [the 2017 memo](#) on the practice');
  expect(fs.existsSync(out)).toBe(false);
});

test('without a file, or with a bad option, it exits 2 with the usage', () => {
  expect(run().code).toBe(2);
  const bad = run('x.txt', '--colour');
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain('Usage: npm run import');
});

test('the real content folder is left untouched by these tests', () => {
  expect(listing('content')).toEqual(realContent);
});
