// Reads the import rule from README.md ("Import rule") and the relative imports of a source file, so
// the test can hold the code to the table the README shows: one statement of the rule, not two.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** For each folder key (`src/lib/`, `scripts/`, `src/content.config.ts`), the keys it may import. */
export type ImportRule = Map<string, Set<string>>;

export interface Import {
  /** As written: `../content/model.ts`. */
  spec: string;
  /** Repository-relative, forward slashes: `src/content/model.ts`. */
  target: string;
  line: number;
  /** `import type` / `export type`: erased when compiled. */
  typeOnly: boolean;
}

const tokens = (cell: string): string[] => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

/** The table under "## Import rule": "everything in `src/` but `a/`, `b/`" means every src/ row but those. */
export function readImportRule(readme: string): ImportRule {
  const section = readme.split(/^## Import rule$/m)[1]?.split(/^## /m)[0] ?? '';
  const rows = section.split('\n').filter((line) => line.startsWith('| `'))
    .map((line) => line.split('|').map((cell) => cell.trim()))
    .map(([, subjects = '', allowed = '']) => ({ subjects: tokens(subjects), allowed }));
  const srcKeys = rows.flatMap((row) => row.subjects).filter((key) => key.startsWith('src/'));
  const rule: ImportRule = new Map();
  for (const { subjects, allowed } of rows) {
    const keys = allowed.startsWith('everything')
      ? srcKeys.filter((key) => !tokens(allowed.split(' but ')[1] ?? '').includes(key))
      : tokens(allowed);
    for (const subject of subjects) rule.set(subject, new Set(keys));
  }
  return rule;
}

/** The rule's name for where a file lives: `src/<folder>/`, a file directly in src/, or `scripts/`. */
export function keyOf(file: string): string | undefined {
  const parts = file.split('/');
  if (parts[0] === 'scripts') return 'scripts/';
  if (parts[0] !== 'src') return undefined;
  return parts.length > 2 ? `src/${parts[1]}/` : file;
}

/** An .astro file's code: its front matter and <script> bodies, everything else blanked, lines kept. */
function astroCode(text: string): string {
  const code = text.replace(/[^\n]/g, ' ').split('');
  const keep = (start: number, part: string) => part.split('').forEach((c, i) => (code[start + i] = c));
  const frontMatter = /^---\n([\s\S]*?)\n---/.exec(text);
  if (frontMatter) keep(4, frontMatter[1]!);
  for (const m of text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) keep(m.index + m[0].indexOf('>') + 1, m[1]!);
  return code.join('');
}

const lineAt = (text: string, pos: number): number => text.slice(0, pos).split('\n').length;

/** Whether the statement that names the module at pos is `import type …` or `export type …` (erased when compiled). */
function isTypeOnly(code: string, pos: number): boolean {
  const before = code.slice(0, pos);
  const start = Math.max(before.lastIndexOf('import'), before.lastIndexOf('export'));
  return start >= 0 && /^(?:import|export)\s+type\b[^;]*$/.test(before.slice(start));
}

/** Every relative import of a file (static, dynamic, type-only, and an .astro <script src>). */
export function importsOf(file: string, text: string): Import[] {
  const code = file.endsWith('.astro') ? astroCode(text) : text;
  const found: { spec: string; line: number; typeOnly?: boolean }[] = ts
    .preProcessFile(code, true, true)
    .importedFiles.map((ref) => ({ spec: ref.fileName, line: lineAt(code, ref.pos), typeOnly: isTypeOnly(code, ref.pos) }));
  if (file.endsWith('.astro')) {
    for (const m of text.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) found.push({ spec: m[1]!, line: lineAt(text, m.index) });
  }
  return found
    .filter(({ spec }) => spec.startsWith('.'))
    .map(({ spec, line, typeOnly = false }) => ({ spec, line, typeOnly, target: path.posix.normalize(path.posix.join(path.posix.dirname(file), spec.split('?')[0]!)) }));
}

/** Every .ts and .astro file below the given folders, repository-relative with forward slashes. */
export function sourceFiles(root: string, folders: readonly string[]): string[] {
  const walk = (dir: string): string[] =>
    fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
      const file = `${dir}/${entry.name}`;
      if (entry.isDirectory()) return walk(file);
      return /\.(ts|astro)$/.test(entry.name) ? [file] : [];
    });
  return folders.flatMap(walk).sort();
}

/** A target as a file on disk: as written, or with .ts or /index.ts added. */
export function resolveFile(root: string, target: string): string | undefined {
  return [target, `${target}.ts`, `${target}/index.ts`].find((candidate) => fs.statSync(path.join(root, candidate), { throwIfNoEntry: false })?.isFile());
}
