import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../support/render-markdown.ts';

describe("editor's notes", () => {
  it('flags the quoted words, unchanged, and links them to the note', async () => {
    const { html } = await renderMarkdown('On Wednesday January 8<sup>th</sup>, a mother was deported.', {
      editorNotes: [{ id: 'weekday', quote: 'On Wednesday January 8', text: 'January 8, 2017 was a Sunday.' }],
    });
    expect(html).toContain('<mark class="editor-flag">On Wednesday January 8</mark>');
    expect(html).toContain('<a href="#ed-weekday" id="edref-weekday">');
    expect(html).toContain('<sup>th</sup>, a mother was deported.');
  });

  it('fails the file when the quoted words are not in the text', async () => {
    await expect(
      renderMarkdown('Some text.', { editorNotes: [{ id: 'x', quote: 'missing words', text: 'Note.' }] }),
    ).rejects.toThrow(/quotes words that are not in the text/);
  });
});
