import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../support/render-markdown.ts';

describe('footnotes', () => {
  it('a reference links to #fn-N and the note links back to #fnref-N', async () => {
    const { html } = await renderMarkdown('Text.[^1]\n\n[^1]: A note.');
    expect(html).toMatch(/<a href="#fn-1" id="fnref-1" data-footnote-ref/);
    expect(html).toContain('<li id="fn-1"');
    expect(html).toMatch(/href="#fnref-1"[^>]*aria-label="Back to reference 1 in the text"/);
  });

  it('a footnote referenced twice gets two ids and two back-links', async () => {
    const { html } = await renderMarkdown('One.[^1] Two.[^1]\n\n[^1]: Shared note.');
    expect(html).toContain('id="fnref-1"');
    expect(html).toContain('id="fnref-1-2"');
    expect(html).toContain('href="#fnref-1-2"');
    expect(html.match(/id="fn-1"/g)).toHaveLength(1);
  });

  it('notes are numbered in reading order, whatever their labels', async () => {
    const { html } = await renderMarkdown('A.[^b] B.[^a]\n\n[^a]: Second.\n[^b]: First.');
    expect(html).toMatch(/<li id="fn-1"[^>]*data-label="b"/);
    expect(html).toMatch(/<li id="fn-2"[^>]*data-label="a"/);
  });

  it('an asterisk note keeps its asterisk as the visible marker', async () => {
    const { html } = await renderMarkdown('Byline.[^*]\n\n[^*]: *Gracias.*', { language: 'en', notes: [{ note: '*', language: 'es' }] });
    expect(html).toMatch(/<a href="#fn-1" id="fnref-1" data-footnote-ref[^>]*>\*<\/a>/);
    expect(html).toMatch(/<li id="fn-1"[^>]*lang="es"/);
    expect(html).toContain('data-marker="*"');
  });

  it('a note links to the records of the works it cites', async () => {
    const { html } = await renderMarkdown('A.[^1]\n\n[^1]: Note.', { notes: [{ note: 1, citations: ['a-work', 'b-work'] }] });
    expect(html).toContain('<a href="/citations/a-work/">');
    expect(html).toContain('<a href="/citations/b-work/">');
    expect(html).toContain('Cited works: ');
  });

  it('the notes section has a visible heading', async () => {
    const { html } = await renderMarkdown('A.[^1]\n\n[^1]: Note.');
    expect(html).toContain('<h2 class="notes-heading" id="footnote-label">Notes</h2>');
  });

  it('a cited title in another language than the statement is marked with its language', async () => {
    const { rehypeFootnotes } = await import('../../../src/markdown/footnotes.ts');
    const titles = () => new Map([['jornada', { title: 'Tropas de EU', language: 'es' }], ['wapo', { title: 'Trump sends agents', language: 'en' }]]);
    const { unified } = await import('unified');
    const remarkParse = (await import('remark-parse')).default;
    const remarkGfm = (await import('remark-gfm')).default;
    const remarkRehype = (await import('remark-rehype')).default;
    const rehypeStringify = (await import('rehype-stringify')).default;
    const { VFile } = await import('vfile');
    const file = new VFile({ value: 'A.[^1]\n\n[^1]: Note.', data: { astro: { frontmatter: { language: 'en', notes: [{ note: 1, citations: ['wapo', 'jornada'] }] } } } });
    const html = String(await unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { clobberPrefix: '' }).use(rehypeFootnotes, { titles }).use(rehypeStringify).process(file));
    expect(html).toContain('<a href="/citations/jornada/" lang="es">Tropas de EU</a>');
    expect(html).toContain('<a href="/citations/wapo/">Trump sends agents</a>');
  });
});
