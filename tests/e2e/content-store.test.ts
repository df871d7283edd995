// What Astro's content store keeps between the content sync and the pages: the data and the rendered
// text, not each file's raw text, which no page reads. The store is loaded (parsed and compiled as a
// module) before the first page of every build, so what it carries costs every build.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectionNames } from '../../src/content/collections.ts';
import { listCollection, readEntry } from '../../src/content/reader.ts';

const store = 'node_modules/.astro/data-store.json';

describe("Astro's content store after the build", () => {
  it("holds every collection but not the statements' Markdown, which no page reads", () => {
    expect(fs.existsSync(store), `${store} is written by npm run build`).toBe(true);
    const strings = (JSON.parse(fs.readFileSync(store, 'utf8')) as unknown[]).filter((v): v is string => typeof v === 'string');
    for (const collection of collectionNames) expect(strings, collection).toContain(collection);
    const trimmed = new Set(strings.map((v) => v.trim()));
    const statements = listCollection('statements', 'content').files;
    expect(statements.length).toBeGreaterThan(0);
    for (const file of statements) {
      const body = readEntry(file).body!.trim();
      expect(body.length, file.path).toBeGreaterThan(0);
      expect(trimmed.has(body), `${file.path}: its Markdown is kept whole in the store (a store made before retainBody: false keeps it until node_modules/.astro is deleted)`).toBe(false);
    }
  });
});
