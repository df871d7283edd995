// The cited works' citation files (cite.bib, cite.ris, cite.json), written beside the pages after
// Astro has generated them and served by `astro dev` from the same function: three per work of the
// content, at the work's address, with the bytes citation-js gives for the work's one CSL item.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { citedWorkFileAt, citedWorkFiles, citedWorkItems, formatAhead, writeCitedWorkFiles } from '../../../src/build/cited-work-files.ts';
import { BuildCache, installCache } from '../../../src/build/cache.ts';
import { projectFingerprints } from '../../../src/build/fingerprints.ts';
import { installPool, offload } from '../../../src/build/offload.ts';
import type { WorkerPool } from '../../../src/build/pool.ts';
import { locales } from '../../../src/lib/locales.ts';
import { citationFile, citationFiles } from '../../../src/cite/formats.ts';

let dir: string;
let content: string;

const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(content, file)), { recursive: true });
  fs.writeFileSync(path.join(content, file), text);
};

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cited-work-files-'));
  content = path.join(dir, 'content');
  write('organizations/wola.yaml', 'name: Washington Office on Latin America\ntype: ngo\ncountries:\n  - US\n');
  write('organizations/la-jornada.yaml', 'name: La Jornada\ntype: news-outlet\ncountries:\n  - MX\n');
  write('citations/a-report.yaml', 'title: A report on the border\npublisher: wola\ndate: 2019-06-05\nurl: https://example.org/a\nlanguage: en\nkind: ngo\n');
  write('citations/Una Nota.yaml', 'title: Tropas de EU en Guatemala\npublisher: la-jornada\ndate: 2019-06\nurl: https://example.org/b\nlanguage: es\nkind: news\n');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("cited works' citation files", () => {
  it('makes each work\'s CSL item from its record as Astro reads it, at the id Astro gives the entry', () => {
    const items = citedWorkItems(content);
    expect([...items.keys()]).toEqual(['una-nota', 'a-report']);
    expect(items.get('a-report')).toMatchObject({
      type: 'report',
      title: 'A report on the border',
      author: [{ literal: 'Washington Office on Latin America' }],
      issued: { 'date-parts': [[2019, 6, 5]] },
      URL: 'https://example.org/a',
    });
    expect(items.get('una-nota')).toMatchObject({ type: 'article-newspaper', 'container-title': 'La Jornada', issued: { 'date-parts': [[2019, 6]] }, language: 'es' });
  });

  it('gives three files per work at the work\'s address, each with citation-js\'s bytes for that item', async () => {
    const items = citedWorkItems(content);
    const files = await citedWorkFiles(items);
    expect(files.map((f) => f.address)).toEqual(['una-nota', 'a-report'].flatMap((id) => citationFiles.map(({ file }) => `/cited-works/${id}/${file}`)));
    const bib = files.find((f) => f.address === '/cited-works/a-report/cite.bib')!;
    expect(bib.body).toBe(citationFile('cite.bib', [items.get('a-report')!]));
    expect(bib.body).toMatch(/^@techreport\{/);
    expect(files.find((f) => f.address === '/cited-works/una-nota/cite.ris')!.body).toContain('TI  - Tropas de EU en Guatemala');
  });

  it('writes each file at its address under the output folder, and nothing else', async () => {
    const out = path.join(dir, 'dist');
    const files = await citedWorkFiles(citedWorkItems(content));
    expect(writeCitedWorkFiles(out, files)).toBe(6);
    const written = fs.readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => fs.statSync(path.join(out, f)).isFile()).sort();
    expect(written).toEqual(['cited-works/a-report/cite.bib', 'cited-works/a-report/cite.json', 'cited-works/a-report/cite.ris', 'cited-works/una-nota/cite.bib', 'cited-works/una-nota/cite.json', 'cited-works/una-nota/cite.ris']);
    expect(fs.readFileSync(path.join(out, 'cited-works/una-nota/cite.json'), 'utf8')).toBe(files.find((f) => f.address === '/cited-works/una-nota/cite.json')!.body);
  });

  it('gives the dev server the same bytes and media type for a file, and nothing for other addresses', async () => {
    const files = await citedWorkFiles(citedWorkItems(content));
    for (const { address, body } of files) {
      const found = citedWorkFileAt(address, content);
      expect(found?.body, address).toBe(body);
      expect(found?.type).toBe(citationFiles.find((f) => address.endsWith(f.file))!.type);
    }
    for (const other of ['/cited-works/a-report/', '/cited-works/a-report/cite.txt', '/cited-works/no-such-work/cite.bib', '/citations/a-report/cite.bib', '/cited-works/a-report/cite.bib/x']) {
      expect(citedWorkFileAt(other, content), other).toBeUndefined();
    }
  });

  it('stops with the file\'s name when a record cannot be read, instead of writing a file without it', () => {
    write('citations/broken.yaml', 'title: [unclosed\n');
    expect(() => citedWorkItems(content)).toThrow(/broken\.yaml.*npm run validate/);
  });

  it("formats every work in every interface language into the build cache ahead of its pages, which then reuse it", async () => {
    const items = citedWorkItems(content);
    const cache = new BuildCache(path.join(dir, 'cache'), projectFingerprints(path.resolve('.')));
    installCache(cache);
    try {
      await formatAhead(items);
      expect(cache.misses.get('citations')).toBe(items.size * locales.length);
      const page = await offload({ kind: 'citations', item: items.get('una-nota')!, locale: 'es' });
      expect(page.map((c) => c.style)).toEqual(['apa', 'mla', 'chicago']);
      expect(page[0]!.html).toContain('Tropas de EU en Guatemala');
      expect(cache.misses.get('citations')).toBe(items.size * locales.length);
      expect([cache.hits.get('citations'), cache.shared]).toEqual([1, 0]);
    } finally {
      installCache(undefined);
    }
  });

  it('formats nothing ahead when the build has no cache, since the pages could not reuse it', async () => {
    let tasks = 0;
    installPool({ run: async () => { tasks++; return []; } } as unknown as WorkerPool);
    try {
      await formatAhead(citedWorkItems(content));
      await offload({ kind: 'citations', item: citedWorkItems(content).get('a-report')! });
    } finally {
      installPool(undefined);
    }
    expect(tasks).toBe(1);
  });
});
