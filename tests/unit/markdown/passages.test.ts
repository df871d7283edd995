import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../support/render-markdown.ts';

describe('passages', () => {
  it('numbers paragraphs and list items of the text as #p-N, not the notes', async () => {
    const { html } = await renderMarkdown('First.\n\n- Item one.\n- Item two.\n\nLast.[^1]\n\n[^1]: Note paragraph.');
    expect(html).toMatch(/<p id="p-1"[ >]/);
    expect(html).toMatch(/<li id="p-2"[ >]/);
    expect(html).toMatch(/<li id="p-3"[ >]/);
    expect(html).toMatch(/<p id="p-4"[ >]/);
    expect(html).not.toContain('id="p-5"');
    expect(html).toContain('<a class="passage-link" href="#p-4"');
  });

  it('records each passage text and the sentence each note supports', async () => {
    const { frontmatter } = await renderMarkdown(
      'The U.S. Department of State said so.[^1] Then more happened. Another claim.[^2]\n\n[^1]: One.\n[^2]: Two.',
    );
    expect(frontmatter['passages']).toEqual([
      { id: 'p-1', text: 'The U.S. Department of State said so. Then more happened. Another claim.' },
    ]);
    expect(frontmatter['noteReferences']).toEqual([
      { note: 1, reference: 'fnref-1', passage: 'p-1', sentence: 'The U.S. Department of State said so.' },
      { note: 2, reference: 'fnref-2', passage: 'p-1', sentence: 'Another claim.' },
    ]);
    expect(frontmatter['noteTexts']).toEqual([
      { note: 1, label: '1', text: 'One.' },
      { note: 2, label: '2', text: 'Two.' },
    ]);
  });
});
