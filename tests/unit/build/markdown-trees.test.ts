// The validator's parsed statement texts in the build cache: every fixture gets the same report
// from kept trees as from fresh parses, a second run parses nothing, a changed text is parsed
// again alone, and a new version of any package the parser is made of changes the key.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BuildCache } from '../../../src/build/cache.ts';
import { packageClosure, projectFingerprints } from '../../../src/build/fingerprints.ts';
import { markdownTreeKind, markdownTreeStore } from '../../../src/build/markdown-trees.ts';
import { formatText } from '../../../src/validate/format.ts';
import { validateContent } from '../../../src/validate/index.ts';
import { fixture, fixturesDir } from '../validate/helpers.ts';

// Each test validates every fixture case several times: a generous hang guard, never a speed check.
vi.setConfig({ testTimeout: 120_000 });

const repo = path.resolve(import.meta.dirname, '../../..');
const cases = fs.readdirSync(fixturesDir).filter((name) => fs.statSync(path.join(fixturesDir, name)).isDirectory()).sort();
let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'markdown-trees-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const cacheIn = (folder: string) => new BuildCache(folder, projectFingerprints(repo));
const parsed = (cache: BuildCache) => cache.misses.get(markdownTreeKind) ?? 0;
const reused = (cache: BuildCache) => cache.hits.get(markdownTreeKind) ?? 0;
const report = async (root: string, cache?: BuildCache) =>
  formatText(await validateContent(root, cache ? { trees: markdownTreeStore(cache) } : {}), { color: false });

describe('kept statement trees', () => {
  it('give every fixture case the report fresh parses give, on the first run and the next', async () => {
    const first = cacheIn(path.join(dir, 'cache'));
    const second = cacheIn(path.join(dir, 'cache'));
    for (const name of cases) {
      const fresh = await report(fixture(name));
      expect(await report(fixture(name), first), name).toBe(fresh);
      expect(await report(fixture(name), second), name).toBe(fresh);
    }
    expect(parsed(first)).toBeGreaterThan(0);
    expect(parsed(second)).toBe(0);
    expect(reused(second)).toBe(parsed(first) + reused(first));
  });

  it('are parsed again only for the statement whose text changed, and its new problem is found', async () => {
    const root = path.join(dir, 'content');
    fs.cpSync(path.join(repo, 'content'), root, { recursive: true });
    const warm = cacheIn(path.join(dir, 'cache'));
    expect(await report(root, warm)).toBe(await report(root));
    const statements = fs.readdirSync(path.join(root, 'statements')).filter((f) => f.endsWith('.md'));
    expect(statements.length).toBeGreaterThan(1);
    fs.appendFileSync(path.join(root, 'statements', statements[0]!), '\nA claim with a note that is never written.[^missing-note]\n');
    const after = cacheIn(path.join(dir, 'cache'));
    const kept = await report(root, after);
    expect(kept).toBe(await report(root));
    expect(kept).toContain('missing-note');
    expect(parsed(after)).toBe(1);
    expect(reused(after)).toBe(statements.length - 1);
  });

  it('are answered from the cache folder: a tampered entry shows, so the cache really is read', async () => {
    const root = fixture('valid');
    const cache = cacheIn(path.join(dir, 'cache'));
    await report(root, cache);
    // Empty every kept tree: the rules then find no notes at all, which only a read of the entries explains.
    const entries = fs.readdirSync(path.join(dir, 'cache', markdownTreeKind), { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    for (const entry of entries) fs.writeFileSync(path.join(entry.parentPath, entry.name), JSON.stringify({ type: 'root', children: [] }));
    const tampered = await validateContent(root, { trees: markdownTreeStore(cacheIn(path.join(dir, 'cache'))) });
    expect(tampered.counts.footnotes).toBe(0);
    expect((await validateContent(root)).counts.footnotes).toBeGreaterThan(0);
  });
});

describe('the parser packages in the key', () => {
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  };
  const pkg = (where: string, name: string, version: string, dependencies: Record<string, string> = {}) =>
    write(`${where}node_modules/${name}/package.json`, JSON.stringify({ name, version, dependencies }));

  it('count every package the parser depends on, however deep, nested copies included', () => {
    pkg('', 'parser', '1.0.0', { tokenizer: '^2' });
    pkg('', 'tokenizer', '2.0.0', { 'char-table': '^1' });
    pkg('node_modules/tokenizer/', 'char-table', '1.4.0');
    expect(packageClosure(dir, ['parser'])).toEqual(['char-table@1.4.0', 'parser@1.0.0', 'tokenizer@2.0.0']);
    pkg('node_modules/tokenizer/', 'char-table', '1.5.0');
    expect(packageClosure(dir, ['parser'])).toContain('char-table@1.5.0');
  });

  it("of the real project include micromark's and the GFM extensions' packages", () => {
    const names = packageClosure(repo, ['remark-parse', 'remark-gfm', 'unified']).map((p) => p.replace(/@[^@]+$/, ''));
    expect(names).toEqual(expect.arrayContaining(['micromark', 'micromark-core-commonmark', 'micromark-extension-gfm-footnote', 'mdast-util-from-markdown']));
  });
});
