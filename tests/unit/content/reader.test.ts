// The content reader lists and reads collection files exactly as Astro's glob loader does: the same
// files, the same ids, the same front matter; and a file it cannot read is a fault, never an exception.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { glob } from 'astro/loaders';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { splitFrontMatter } from '../../../src/content/front-matter.ts';
import { listCollection, readCollection, readEntry } from '../../../src/content/reader.ts';

// Some of these tests start a process or parse hostile input: room on a busy machine (no speed is tested).
vi.setConfig({ testTimeout: 120_000 });

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'reader-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

let folders = 0;
/** A content folder holding the given statements (name → text). */
function contentWith(statements: Record<string, string>): string {
  const root = path.join(temp, `content-${++folders}`);
  fs.mkdirSync(path.join(root, 'statements'), { recursive: true });
  for (const [name, text] of Object.entries(statements)) fs.writeFileSync(path.join(root, 'statements', name), text);
  return root;
}

/** The ids Astro's own glob loader gives the files of a folder. */
async function astroIds(dir: string, pattern: string): Promise<string[]> {
  const ids: string[] = [];
  const loader = glob({ pattern, base: dir });
  const context = {
    config: { root: pathToFileURL(`${dir}/`), srcDir: pathToFileURL(`${dir}/src/`) },
    collection: 'statements',
    logger: { warn() {}, error() {}, info() {} },
    parseData: async ({ data }: { data: unknown }) => data,
    store: { keys: () => [], get: () => undefined, set: (entry: { id: string }) => ids.push(entry.id), delete() {} },
    generateDigest: (text: string) => String(text.length),
    entryTypes: new Map([['.md', { getEntryInfo: ({ contents }: { contents: string }) => ({ data: {}, body: contents }) }]]),
  };
  await loader.load(context as unknown as Parameters<typeof loader.load>[0]);
  return ids.sort();
}

const statement = '---\ntitle: T\n---\nText.\n';

describe('listing a collection', () => {
  test('gives every file the id Astro gives it, odd names included', async () => {
    const root = contentWith({
      '2019-guatemala.md': statement,
      'Mixed Case.md': statement,
      'same\u00a0id.md': statement,
      'sameid.md': statement,
      'niñez-é.md': statement,
      '!!!.md': statement,
    });
    const listed = listCollection('statements', root).files.map((f) => f.entryId).sort();
    expect(listed).toEqual(await astroIds(path.join(root, 'statements'), '*.md'));
    expect(listed).toEqual(['', '2019-guatemala', 'mixed-case', 'niñez-é', 'sameid', 'sameid']);
  });

  test('keeps links, pipes and wrong extensions apart from the records, and skips hidden files and folders', async () => {
    const root = contentWith({ 'a.md': statement, 'notes.txt': 'x', '.draft.md': statement });
    const dir = path.join(root, 'statements');
    fs.symlinkSync('a.md', path.join(dir, 'b.md'));
    fs.mkdirSync(path.join(dir, 'c.md'));
    const listed = listCollection('statements', root);
    expect(listed.files.map((f) => f.id)).toEqual(['a']);
    expect(listed.skipped.map((f) => `${f.id}${f.extension} ${f.reason}`)).toEqual(['b.md symlink', 'notes.txt wrong-extension']);
    // Astro follows the link and would publish it: that is why the reader refuses it.
    expect(await astroIds(dir, '*.md')).toEqual(['a', 'b']);
  });
});

describe('front matter is found the way Astro finds it', () => {
  const cases: Record<string, string> = {
    plain: '---\ntitle: T\n---\nText.',
    'one byte-order mark': '\uFEFF---\ntitle: T\n---\nText.',
    'Windows line ends': '---\r\ntitle: T\r\n---\r\nText.',
    'empty front matter': '---\n---\nText.',
    'a space before ---': ' ---\ntitle: T\n---\nText.',
    'two byte-order marks': '\uFEFF\uFEFF---\ntitle: T\n---\nText.',
    'a blank line first': '\n---\ntitle: T\n---\nText.',
    'never closed': '---\ntitle: T\nText.',
    'closed by ----': '---\ntitle: T\n----\nText.',
    'TOML delimiters': '+++\ntitle = "T"\n+++\nText.',
  };
  for (const [name, text] of Object.entries(cases)) {
    test(name, () => {
      const ours = splitFrontMatter(text);
      const astro = parseFrontmatter(text);
      // Whatever the reader accepts, Astro reads the same fields; what Astro would not see, the reader refuses.
      if ('yaml' in ours) expect(astro.rawFrontmatter.replace(/\r/g, '').split('\n').slice(1, -1).join('\n')).toBe(ours.yaml);
      else if (astro.rawFrontmatter === '') expect(ours.kind).toMatch(/^front-matter-(missing|unclosed)$/);
      else expect(ours.kind).toMatch(/^front-matter-(missing|delimiter)$/);
    });
  }

  test('the text after the front matter keeps its line number', () => {
    expect(splitFrontMatter('---\ntitle: T\ndate: 2019\n---\nText.\n')).toEqual({ yaml: 'title: T\ndate: 2019', body: 'Text.\n', bodyLine: 5 });
  });
});

describe('reading a file', () => {
  test('gives the data, the YAML document for line numbers, and the text below the front matter', () => {
    const root = contentWith({ 'a.md': '---\ntitle: T\nsummary: S\n---\nText.\n' });
    const [entry] = readCollection('statements', root);
    expect(entry!.data).toEqual({ title: 'T', summary: 'S' });
    const summary = entry!.document!.get('summary', true) as { range: [number] };
    expect(entry!.lineCounter!.linePos(summary.range[0]).line + entry!.yamlLine).toBe(3);
    expect([entry!.body, entry!.bodyLine]).toEqual(['Text.\n', 5]);
  });

  test('also gives the fields as Astro reads them, where an unquoted date is a Date', () => {
    const text = '---\ntitle: 2019-06-13\nsummary: S\n---\nText.\n';
    const [entry] = readCollection('statements', contentWith({ 'a.md': text }));
    expect(entry!.data).toEqual({ title: '2019-06-13', summary: 'S' });
    expect(entry!.astroData).toEqual(parseFrontmatter(text).frontmatter);
    expect(entry!.astroData).toEqual({ title: new Date('2019-06-13'), summary: 'S' });
  });

  test('an alias bomb is a fault of its file, not a crash', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const [i, name] of [...'bcdefg'].entries()) levels.push(`${name}: &${name} [${Array(9).fill(`*${'abcdef'[i]}`).join(', ')}]`);
    const root = contentWith({ 'bomb.md': `---\n${levels.join('\n')}\n---\nText.\n` });
    const entry = readEntry(listCollection('statements', root).files[0]!);
    expect(entry.fault).toEqual({ kind: 'yaml-aliases' });
    expect(entry.data).toBeUndefined();
  });

  test('5,000 nested lists are a fault of their file, not a stack overflow', () => {
    const root = contentWith({ 'deep.md': `---\ntitle: ${'['.repeat(5000)}${']'.repeat(5000)}\n---\nText.\n` });
    expect(readCollection('statements', root)[0]!.fault).toEqual({ kind: 'yaml-too-deep' });
  });
});
