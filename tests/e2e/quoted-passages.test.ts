// Every passage an entity page quotes from a statement says where it comes from: the blockquote's
// cite= is the same address as its footer link, whether it quotes a paragraph or a note's sentence.
import fs from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { distPages } from '../support/dist-pages.ts';

interface Quote { page: string; cite: string | undefined; link: string | undefined; label: string }

function quotesOn(file: string, page: string): Quote[] {
  const quotes: Quote[] = [];
  visit(fromHtml(fs.readFileSync(file, 'utf8')), 'element', (node: Element) => {
    if (node.tagName !== 'blockquote' || !String(node.properties['className'] ?? '').includes('passage')) return;
    let link: Element | undefined;
    visit(node, 'element', (child: Element) => {
      if (child.tagName === 'a') link ??= child;
    });
    const cite = node.properties['cite'];
    quotes.push({ page, cite: cite === undefined ? undefined : String(cite), link: link && String(link.properties['href']), label: link ? toText(link) : '' });
  });
  return quotes;
}

const quotes = distPages().flatMap((page) => quotesOn(page.file, page.url));
const noteSentences = quotes.filter((q) => q.label === 'The sentence this note supports');

describe('quoted passages', () => {
  it('organization and citation pages both quote the sentences notes support', () => {
    expect(noteSentences.some((q) => q.page.startsWith('/organizations/'))).toBe(true);
    expect(noteSentences.some((q) => q.page.startsWith('/cited-works/'))).toBe(true);
  });

  it('every quoted passage carries cite= with the address its footer links to', () => {
    const without = quotes.filter((q) => !q.cite || q.cite !== q.link).map((q) => `${q.page}: cite=${q.cite} link=${q.link}`);
    expect(quotes.length).toBeGreaterThan(noteSentences.length);
    expect(without).toEqual([]);
  });

  it("a note's sentence links to the note's reference in its statement", () => {
    for (const q of noteSentences) expect(q.link, q.page).toMatch(/^\/statements\/[^/]+\/#fnref-/);
  });
});
