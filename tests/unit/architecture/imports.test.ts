// Holds src/ and scripts/ to the import rule in README.md: the primitives and the core at the bottom,
// the editors' tools at the top. A failure names the file, the line and the import that breaks it.
import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importsOf, keyOf, readImportRule, resolveFile, sourceFiles, type ImportRule } from './import-rule.ts';

/**
 * Known breaks of the rule, each being undone by another change of issue 12. Remove a line once its
 * import is gone (the last test fails until then, so none outlives its reason).
 */
const exceptions: Record<string, string> = {
};

/** Browser code runs without Node: everything it reaches stays in these folders. */
const browserFolders = ['src/scripts/', 'src/search/', 'src/i18n/', 'src/lib/'];

const root = process.cwd();
const rule = readImportRule(fs.readFileSync('README.md', 'utf8'));
const files = sourceFiles(root, ['src', 'scripts']);
const used = new Set<string>();

/** What breaks the rule in one file, as "file:line imports 'spec' (target): reason". */
function breaches(file: string, text: string, importRule: ImportRule): string[] {
  const from = keyOf(file)!;
  const allowed = importRule.get(from);
  if (!allowed) return [`${file}: ${from} has no row in the README's import rule; add one`];
  return importsOf(file, text).flatMap(({ spec, line, target }) => {
    const to = keyOf(target);
    const where = `${file}:${line} imports '${spec}' (${target})`;
    if (to === undefined) return from.startsWith('src/') ? [`${where}: a file in src/ imports nothing outside src/`] : [];
    if (to === from || allowed.has(to)) return [];
    if (exceptions[`${file} -> ${target}`]) {
      used.add(`${file} -> ${target}`);
      return [];
    }
    return [`${where}: ${from} may import only ${[...allowed].join(', ') || 'its own files'}`];
  });
}

describe('the import rule', () => {
  test('the README gives a row to every folder of src/ and to scripts/', () => {
    const entries = fs.readdirSync('src', { withFileTypes: true }).map((e) => (e.isDirectory() ? `src/${e.name}/` : `src/${e.name}`));
    expect(entries.filter((key) => !rule.has(key))).toEqual([]);
    expect(rule.get('scripts/')?.has('src/tools/')).toBe(true);
    expect(rule.get('src/lib/')).toEqual(new Set());
  });

  test('the check finds an import that breaks the rule, and names the file, line and import', () => {
    const text = "// a primitive\nimport { x } from '../content/model.ts';\nimport { y } from './slugs.ts';\n";
    expect(breaches('src/lib/example.ts', text, rule)).toEqual([
      "src/lib/example.ts:2 imports '../content/model.ts' (src/content/model.ts): src/lib/ may import only its own files",
    ]);
    expect(breaches('src/pages/x.astro', "---\nimport { run } from '../tools/new/index.ts';\n---\n<p>import '../validate/x.ts'</p>\n", rule)).toHaveLength(1);
    expect(breaches('src/pages/x.astro', '<script src="../tools/x.ts"></script>\n', rule)).toHaveLength(1);
  });

  test('every relative import in src/ and scripts/ keeps to it', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap((file) => breaches(file, fs.readFileSync(file, 'utf8'), rule))).toEqual([]);
  });

  test('browser code in src/scripts/ reaches only src/scripts/, src/search/ and src/lib/', () => {
    const outside: string[] = [];
    const seen = new Set<string>();
    const visit = (file: string, chain: string[]) => {
      if (seen.has(file)) return;
      seen.add(file);
      if (!browserFolders.includes(keyOf(file) ?? '')) return void outside.push([...chain, file].join(' -> '));
      // A type-only import is erased when compiled: it puts no code in the browser.
      for (const { target, typeOnly } of importsOf(file, fs.readFileSync(file, 'utf8'))) {
        if (typeOnly) continue;
        const next = resolveFile(root, target);
        if (next) visit(next, [...chain, file]);
      }
    };
    const entries = files.filter((file) => file.startsWith('src/scripts/'));
    expect(entries.length).toBeGreaterThan(0);
    for (const file of entries) visit(file, []);
    expect(outside).toEqual([]);
  });

  test('every exception listed still happens (remove the ones that do not)', () => {
    for (const file of files) breaches(file, fs.readFileSync(file, 'utf8'), rule);
    expect(Object.keys(exceptions).filter((key) => !used.has(key))).toEqual([]);
  });
});
