// The old /citations/ addresses, written as plain files after the build and served by `astro dev`
// from the same function: one per cited work of the content, each sending the reader to the work's
// page under /cited-works/, titles escaped, nothing else written.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { movedCitationPage, movedCitationPages, movedPageHtml, writeMovedPages } from '../../../src/build/moved-pages.ts';
import { listCollection } from '../../../src/content/reader.ts';

const siteUrl = 'https://statements.example.org/';
let dir: string;
let content: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'moved-pages-'));
  content = path.join(dir, 'content');
  fs.mkdirSync(path.join(content, 'citations'), { recursive: true });
  fs.writeFileSync(path.join(content, 'citations', 'a-work.yaml'), 'title: "A <b>bold</b> & true report"\nurl: https://example.org/a\n');
  fs.writeFileSync(path.join(content, 'citations', 'Second Work.yaml'), 'title: Informe de la CNDH\n');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('moved pages', () => {
  it('lists the list and one page per cited work, at the address Astro gives the entry, in file-name order', () => {
    expect(movedCitationPages(content)).toEqual([
      { from: '/citations/', to: '/cited-works/', title: 'Cited works' },
      { from: '/citations/second-work/', to: '/cited-works/second-work/', title: 'Informe de la CNDH' },
      { from: '/citations/a-work/', to: '/cited-works/a-work/', title: 'A <b>bold</b> & true report' },
    ]);
  });

  it('sends browsers on without script, names the new page as canonical, is not indexed, and escapes the title', () => {
    const html = movedPageHtml({ from: '/citations/a-work/', to: '/cited-works/a-work/', title: 'A <b>bold</b> & "true" report' }, siteUrl);
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/cited-works/a-work/">');
    expect(html).toContain('<link rel="canonical" href="https://statements.example.org/cited-works/a-work/">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('A &#60;b&#62;bold&#60;/b&#62; &#38; &#34;true&#34; report');
    expect(html).not.toMatch(/<b>|<script/);
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
  });

  it('writes one index.html per old address and nothing else', () => {
    const out = path.join(dir, 'dist');
    const pages = movedCitationPages(content);
    expect(writeMovedPages(out, pages, siteUrl)).toBe(3);
    const written = fs.readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).sort();
    expect(written).toEqual(['citations/a-work/index.html', 'citations/index.html', 'citations/second-work/index.html']);
    expect(fs.readFileSync(path.join(out, 'citations/second-work/index.html'), 'utf8')).toBe(movedPageHtml(pages.find((p) => p.from === '/citations/second-work/')!, siteUrl));
  });

  it('gives the dev server the same page for an old address, and nothing for others', () => {
    const pages = movedCitationPages(content);
    expect(movedCitationPage('/citations/a-work/', content)).toEqual(pages.find((p) => p.from === '/citations/a-work/'));
    expect(movedCitationPage('/citations/', content)).toEqual(pages[0]);
    for (const other of ['/citations/no-such-work/', '/citations/a-work/cite.bib', '/cited-works/a-work/', '/citations/a-work']) {
      expect(movedCitationPage(other, content), other).toBeUndefined();
    }
  });

  it('covers every cited work of the real content', () => {
    const ids = listCollection('citations').files.map((f) => f.entryId);
    expect(ids.length).toBeGreaterThan(10);
    expect(movedCitationPages().map((p) => p.from)).toEqual(['/citations/', ...ids.map((id) => `/citations/${id}/`)]);
  });
});
