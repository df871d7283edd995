// The build cache over real citations, citation files and social images: a second build reuses
// every entry, and changing one input (a record, a style file, a library version, the font) makes
// exactly the entries that depend on it again.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BuildCache, installCache, textCodec } from '../../../src/build/cache.ts';
import { fingerprint, projectFingerprints, type Dependencies } from '../../../src/build/fingerprints.ts';
import { offload } from '../../../src/build/offload.ts';
import { citationFile } from '../../../src/cite/formats.ts';
import { renderOgImage } from '../../../src/share/og-image.ts';
import type { CslItem } from '../../../src/cite/csl.ts';

const repo = path.resolve(import.meta.dirname, '../../..');
let root: string;

const item = (id: string, title: string): CslItem => ({ id, type: 'report', title, author: [{ literal: 'Amnesty International' }], issued: { 'date-parts': [[2019, 6, 3]] }, URL: `https://example.org/${id}`, language: 'en' });
const card = (title: string) => ({ eyebrow: 'Joint statement', title, footer: 'Signed by 3 organizations', siteName: 'Border Statements' });

/** A stand-in project: a package with a version, a style file and a font file, each one kind's dependency. */
const kinds: Record<string, Dependencies> = {
  citations: { packages: ['fake-citeproc'], files: ['styles/apa.csl'] },
  'citation-file': { packages: ['fake-bibtex'], files: [] },
  'og-image': { packages: [], files: ['fonts/inter.ttf'] },
};

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
}

function fakePackage(name: string, version: string): void {
  write(`node_modules/${name}/package.json`, JSON.stringify({ name, version, main: 'index.js' }));
  write(`node_modules/${name}/index.js`, '');
}

/** One build's worth of cached work: three citations, two files, two images. Returns the cache for its counts. */
async function build(titles: { work: string; image: string }): Promise<BuildCache> {
  const cache = new BuildCache(path.join(root, 'cache'), projectFingerprints(root, kinds));
  installCache(cache);
  try {
    for (const [id, title] of [['a', titles.work], ['b', 'Second work'], ['c', 'Third work']] as const) {
      const citations = await offload({ kind: 'citations', item: item(id, title) });
      expect(citations.map((c) => c.style)).toEqual(['apa', 'mla', 'chicago']);
    }
    for (const file of ['cite.bib', 'cite.ris'] as const) {
      expect(await offload({ kind: 'citation-file', file, items: [item('a', titles.work)] })).toBe(citationFile(file, [item('a', titles.work)]));
    }
    for (const title of [titles.image, 'Another image']) {
      expect(Buffer.from(await offload({ kind: 'og-image', card: card(title) }))).toEqual(Buffer.from(renderOgImage(card(title))));
    }
  } finally {
    installCache(undefined);
  }
  return cache;
}

const computed = (cache: BuildCache) => Object.fromEntries(['citations', 'citation-file', 'og-image'].map((k) => [k, cache.misses.get(k) ?? 0]));

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'build-cache-'));
  fakePackage('fake-citeproc', '1.0.0');
  fakePackage('fake-bibtex', '1.0.0');
  write('styles/apa.csl', '<style>apa</style>');
  write('fonts/inter.ttf', 'font bytes');
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe('the build cache', () => {
  const titles = { work: 'Tropas de EU ya están en Guatemala', image: 'A statement' };

  it('a second build reuses every entry and gives the same results', async () => {
    expect(computed(await build(titles))).toEqual({ citations: 3, 'citation-file': 2, 'og-image': 2 });
    const warm = await build(titles);
    expect(computed(warm)).toEqual({ citations: 0, 'citation-file': 0, 'og-image': 0 });
    expect(warm.hits.get('citations')).toBe(3);
  });

  it('a changed record makes only its own citations and files again', async () => {
    await build(titles);
    expect(computed(await build({ ...titles, work: 'Tropas estadounidenses en Guatemala' }))).toEqual({ citations: 1, 'citation-file': 2, 'og-image': 0 });
  });

  it('a changed social image card makes only that image again', async () => {
    await build(titles);
    expect(computed(await build({ ...titles, image: 'A statement, retitled' }))).toEqual({ citations: 0, 'citation-file': 0, 'og-image': 1 });
  });

  it('a changed style file makes every citation again and nothing else', async () => {
    await build(titles);
    write('styles/apa.csl', '<style>apa, 8th edition</style>');
    expect(computed(await build(titles))).toEqual({ citations: 3, 'citation-file': 0, 'og-image': 0 });
  });

  it('a new library version makes that library\'s entries again and nothing else', async () => {
    await build(titles);
    fakePackage('fake-bibtex', '1.0.1');
    expect(computed(await build(titles))).toEqual({ citations: 0, 'citation-file': 2, 'og-image': 0 });
  });

  it('a changed font makes every image again and nothing else', async () => {
    await build(titles);
    write('fonts/inter.ttf', 'other font bytes');
    expect(computed(await build(titles))).toEqual({ citations: 0, 'citation-file': 0, 'og-image': 2 });
  });

  it('a deleted cache folder is simply made again', async () => {
    await build(titles);
    fs.rmSync(path.join(root, 'cache'), { recursive: true });
    expect(computed(await build(titles))).toEqual({ citations: 3, 'citation-file': 2, 'og-image': 2 });
  });
});

describe('the project\'s own fingerprints', () => {
  it('cover the real packages, style and locale files, font and Markdown parser, and differ by kind', () => {
    const prints = Object.values(projectFingerprints(repo)).map((f) => f());
    expect(prints).toHaveLength(4);
    expect(new Set(prints).size).toBe(4);
  });

  it('a values change (a style or locale text) changes the fingerprint', () => {
    let style = 'one';
    const deps: Dependencies = { packages: [], files: [], values: () => [style] };
    const before = fingerprint(root, deps);
    style = 'two';
    expect(fingerprint(root, deps)).not.toBe(before);
  });
});

describe('entries written off the main thread', () => {
  it('still land when the cache folder is deleted during the build', async () => {
    const cache = new BuildCache(path.join(root, 'cache'), projectFingerprints(root, kinds));
    installCache(cache);
    try {
      await offload({ kind: 'og-image', card: card('First') });
      fs.rmSync(path.join(root, 'cache'), { recursive: true });
      await offload({ kind: 'og-image', card: card('First') });
      await offload({ kind: 'og-image', card: card('Second') });
    } finally {
      installCache(undefined);
    }
    const again = new BuildCache(path.join(root, 'cache'), projectFingerprints(root, kinds));
    installCache(again);
    try {
      await offload({ kind: 'og-image', card: card('First') });
      await offload({ kind: 'og-image', card: card('Second') });
    } finally {
      installCache(undefined);
    }
    expect(computed(again)['og-image']).toBe(0);
  });
});

describe('an entry asked for while it is being made', () => {
  it('is made once: the second request shares the first one\'s work, counted apart from computed and reused', async () => {
    const cache = new BuildCache(path.join(root, 'cache'), { text: () => 'v1' });
    let runs = 0;
    const gate = Promise.withResolvers<string>();
    const compute = () => { runs++; return gate.promise; };
    // Both asked before anything is on disk.
    const first = cache.get('text', { id: 'a' }, textCodec, compute);
    const second = cache.get('text', { id: 'a' }, textCodec, compute);
    gate.resolve('made once');
    expect(await Promise.all([first, second])).toEqual(['made once', 'made once']);
    expect(runs).toBe(1);
    expect([cache.misses.get('text'), cache.hits.get('text'), cache.shared]).toEqual([1, undefined, 1]);
    // Once made, it is read from disk like any entry, not held in memory.
    expect(await cache.get('text', { id: 'a' }, textCodec, compute)).toBe('made once');
    expect([runs, cache.hits.get('text'), cache.shared]).toEqual([1, 1, 1]);
  });
});
