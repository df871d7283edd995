// Notes and paragraphs carry an id and a Pagefind title, which makes each its own search sub-result.
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../support/render-markdown.ts';

describe('Pagefind sub-results in a rendered statement', () => {
  it('each note is titled "Note N" by the number the reader sees, not the Markdown label', async () => {
    const { html } = await renderMarkdown('One.[^7] Two.[^3]\n\n[^3]: Second note.\n\n[^7]: La Jornada, *Tropas*.', { language: 'en' });
    expect(html).toMatch(/<li id="fn-1"[^>]*data-pagefind-title="Note 1"/);
    expect(html).toMatch(/<li id="fn-2"[^>]*data-pagefind-title="Note 2"/);
  });

  it('a note with a symbol for a marker is titled with that symbol', async () => {
    const { html } = await renderMarkdown('Text.[^*]\n\n[^*]: *CAMMINA agradece.*', { language: 'en' });
    expect(html).toMatch(/<li id="fn-1"[^>]*data-pagefind-title="Note \*"/);
  });

  it('each paragraph is titled "Paragraph N" beside its #p-N id', async () => {
    const { html } = await renderMarkdown('First.\n\nSecond.\n\n- third');
    expect(html).toContain('<p id="p-1" data-pagefind-title="Paragraph 1">');
    expect(html).toContain('<p id="p-2" data-pagefind-title="Paragraph 2">');
    expect(html).toContain('<li id="p-3" data-pagefind-title="Paragraph 3">');
  });
});
