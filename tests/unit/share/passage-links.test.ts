// Every paragraph and every note carries a real link to its own anchor, which the copy-link script
// upgrades; the link is not part of the text the site records and quotes.
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';
import { renderMarkdown } from '../../support/render-markdown.ts';

const markdown = 'First claim.[^1]\n\n- An item.\n\nLast.[^*]\n\n[^1]: The source.\n[^*]: An aside.';

describe('copy links in the Markdown', () => {
  it('gives each paragraph and each note a link to its own anchor, marked for copying', async () => {
    const tree = fromHtml((await renderMarkdown(markdown)).html, { fragment: true });
    const links: unknown[][] = [];
    visit(tree, 'element', (a: Element) => {
      if (a.tagName === 'a' && a.properties['dataCopyLink'] !== undefined) links.push([a.properties['href'], a.properties['ariaLabel']]);
    });
    expect(links).toEqual([
      ['#p-1', 'Paragraph 1'],
      ['#p-2', 'Paragraph 2'],
      ['#p-3', 'Paragraph 3'],
      ['#fn-1', 'Link to note 1'],
      ['#fn-2', 'Link to note *'],
    ]);
  });

  it('keeps the links out of the recorded passage and note texts', async () => {
    const { derived } = await renderMarkdown(markdown);
    expect(derived.passages).toEqual([
      { number: 1, text: 'First claim.' },
      { number: 2, text: 'An item.' },
      { number: 3, text: 'Last.' },
    ]);
    expect(derived.noteTexts).toEqual([
      { note: 1, label: '1', text: 'The source.' },
      { note: 2, label: '*', text: 'An aside.' },
    ]);
  });
});
