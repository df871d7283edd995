// The Markdown stage renders a statement once for every language: it leaves tokens for the
// interface's words, and each page fills them in its own (src/markdown/interface-words.ts).
import { describe, expect, test } from 'vitest';
import { langToken, markdownWordKeys, withInterfaceWords, wordToken } from '../../../src/markdown/interface-words.ts';
import { scriptWords } from '../../../src/i18n/script-words.ts';
import { renderMarkdown } from '../../support/render-markdown.ts';

const markdown = 'One.[^1] A [lost](#) link.\n\n[^1]: The note.\n';

describe('interface words in a rendered statement', () => {
  test('the stage leaves no interface word of its own, only tokens', async () => {
    const { html } = await renderMarkdown(markdown, { language: 'en' }, { raw: true });
    for (const english of ['>Notes<', 'Back to reference', 'Paragraph 1', 'note 1 of 1', 'link lost']) expect(html).not.toContain(english);
    expect(html).toContain(wordToken('notes.heading'));
    expect(html).toContain(`lang="${langToken}"`);
  });

  test('an English page and a Spanish page fill the same rendering in their own words and mark their language', async () => {
    const { html } = await renderMarkdown(markdown, { language: 'en' }, { raw: true });
    const english = withInterfaceWords(html, 'en');
    const spanish = withInterfaceWords(html, 'es');
    expect(english).toContain('<h2 class="notes-heading" id="footnote-label" lang="en">Notes</h2>');
    expect(spanish).toContain('<h2 class="notes-heading" id="footnote-label" lang="es">Notas</h2>');
    expect(spanish).toContain('aria-label="Volver a la referencia 1"');
    expect(spanish).toContain('aria-label="Párrafo 1"');
    expect(spanish).toContain('>enlace perdido<');
    expect(spanish).toContain('nota 1 de 1');
    expect(spanish).not.toMatch(/[\uE000-\uE002]/);
  });

  test('words go in escaped, and a token with an unknown key leaves nothing', () => {
    const html = `<p title="${wordToken('notes.searchTitle', '"><script>')}">${'\uE000no.such\uE002'}x</p>`;
    expect(withInterfaceWords(html, 'en')).toBe('<p title="Note &quot;&gt;&lt;script&gt;">x</p>');
  });

  test('every token key is a message the catalogues have', () => {
    for (const key of markdownWordKeys) expect(withInterfaceWords(wordToken(key, 1, 2, 3), 'es')).not.toBe('');
  });
});

describe('the words handed to browser scripts', () => {
  test('are the page language’s, as JSON that cannot end its element', () => {
    const words = JSON.parse(scriptWords('es')) as Record<string, string>;
    expect(words['script.copy']).toBe('Copiar');
    expect(scriptWords('en')).not.toContain('<');
  });
});
