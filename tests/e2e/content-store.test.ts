// What Astro's content store keeps between the content sync and the pages, and how: the data and the
// rendered text, not each statement's Markdown, which no page reads; in chunks of at most 1 MB, since
// the store is compiled as modules before the first page of every build and V8 takes time that grows
// with the square of a string literal's length (astro.config.ts).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectionNames } from '../../src/content/collections.ts';
import { listCollection, readEntry } from '../../src/content/reader.ts';

const store = 'node_modules/.astro/data-store';

/** The manifest, each chunk's size, and every string of every entry (one devalue document per line of a collection's chunks). */
function chunks(): { manifest: Record<string, string[]>; sizes: number[]; strings: Set<string> } {
  const manifest = JSON.parse(fs.readFileSync(path.join(store, 'manifest.json'), 'utf8')) as Record<string, string[]>;
  const sizes: number[] = [];
  const strings = new Set<string>();
  for (const names of Object.values(manifest)) {
    const files = names.map((name) => fs.readFileSync(path.join(store, name), 'utf8'));
    sizes.push(...files.map((f) => Buffer.byteLength(f)));
    for (const line of files.join('').split('\n').filter(Boolean)) {
      for (const value of JSON.parse(line) as unknown[]) if (typeof value === 'string') strings.add(value.trim());
    }
  }
  return { manifest, sizes, strings };
}

describe("Astro's content store after the build", () => {
  it('is kept in chunks of at most 1 MB, every collection in it', () => {
    expect(fs.existsSync(path.join(store, 'manifest.json')), `${store}/ is written by npm run build`).toBe(true);
    const { manifest, sizes } = chunks();
    for (const collection of collectionNames) expect(manifest[collection]?.length, collection).toBeGreaterThan(0);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(1024 * 1024);
  });

  it("holds the statements' records but not their Markdown, which no page reads", () => {
    const { strings } = chunks();
    const statements = listCollection('statements', 'content').files;
    expect(statements.length).toBeGreaterThan(0);
    for (const file of statements) {
      const entry = readEntry(file);
      const body = entry.body!.trim();
      expect(body.length, file.path).toBeGreaterThan(0);
      expect(strings.has(body), `${file.path}: its Markdown is kept whole in the store (a store made before retainBody: false keeps it until node_modules/.astro is deleted)`).toBe(false);
      // Its record is there.
      expect(strings.has((entry.data as { title: string }).title), file.path).toBe(true);
    }
  });
});
