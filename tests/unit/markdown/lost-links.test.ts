import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../support/render-markdown.ts';

describe('lost links', () => {
  it('a link written [words](#) keeps its words, gets a visible marker and never href="#"', async () => {
    const { html, frontmatter } = await renderMarkdown('Trump issued [executive orders](#) and [more](#).');
    expect(html).not.toContain('href="#"');
    expect(html).toContain('<span class="lost-link">executive orders<sup class="lost-link-marker" data-not-source="">');
    expect(html).toContain('href="#ed-lost-links"');
    expect(html).toContain('link lost');
    expect(frontmatter['lostLinks']).toBe(2);
  });

  it('ordinary links are left alone', async () => {
    const { html } = await renderMarkdown('See [the report](https://example.org/r).');
    expect(html).toContain('<a href="https://example.org/r">the report</a>');
  });
});
