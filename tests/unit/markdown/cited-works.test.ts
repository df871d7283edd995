// A note's cited works are named on the page by their current titles: the Markdown stage (cached
// per statement file by Astro) leaves only a place for them and reads no citation file.
import { describe, expect, it } from 'vitest';
import { withCitedWorks } from '../../../src/markdown/cited-works.ts';
import { citationSchema, statementSchema } from '../../../src/content/schemas/index.ts';
import type { StatementRecord } from '../../../src/content/model.ts';
import { renderMarkdown } from '../../support/render-markdown.ts';

const provenance = { source: 'content/sources/x.txt', description: 'Test.', transcribed: '2026-01-01' };
const notes = [{ note: 1, citations: ['wapo', 'jornada'] }, { note: '*', kind: 'explanatory' }, { note: 2, citations: ['wapo'] }];
const markdown = 'A.[^1] B.[^*] C.[^2]\n\n[^1]: One.\n[^*]: Star.\n[^2]: Two.';

async function statement(): Promise<{ html: string; record: StatementRecord }> {
  const data = statementSchema.parse({ title: 'T', date: '2019-06-13', kind: 'letter', language: 'en', summary: 'S.', provenance, notes });
  const { html, derived } = await renderMarkdown(markdown, { language: 'en', notes });
  return { html, record: { id: 't', data, ...derived } };
}

const citation = (title: string, language: string) =>
  citationSchema.parse({ title, publisher: 'p', url: 'https://example.org/', language, kind: 'news' });

describe('cited works on the statement page', () => {
  it('the Markdown stage names no cited work, so its cached output cannot hold a stale title', async () => {
    const { html } = await statement();
    expect(html).not.toContain('/cited-works/');
    expect(html.match(/<!--cited-works-->/g)).toHaveLength(2);
  });

  it('the page names each note\'s works by the titles it is given, and a changed title shows', async () => {
    const { html, record } = await statement();
    const before = new Map([['wapo', citation('Trump sends agents', 'en')], ['jornada', citation('Tropas de EU', 'es')]]);
    const page = withCitedWorks(html, record, before);
    expect(page).toContain('<p class="note-sources" data-not-source="">Cited works: <a href="/cited-works/wapo/">Trump sends agents</a>; <a href="/cited-works/jornada/" lang="es">Tropas de EU</a></p></li>');
    expect(page).toContain('<p>Two. <a href="#fnref-3"');
    expect(page).toMatch(/Two\.[\s\S]*<p class="note-sources" data-not-source="">Cited work: <a href="\/cited-works\/wapo\/">Trump sends agents<\/a><\/p><\/li>/);
    expect(page).not.toContain('<!--cited-works-->');

    const after = new Map([...before, ['wapo', citation('Trump sends 80 agents to Guatemala', 'en')]]);
    const changed = withCitedWorks(html, record, after);
    expect(changed).toContain('<a href="/cited-works/wapo/">Trump sends 80 agents to Guatemala</a>');
    expect(changed).not.toContain('>Trump sends agents<');
  });

  it('a title is escaped as the Markdown stage escaped text', async () => {
    const { html, record } = await statement();
    const page = withCitedWorks(html, record, new Map([['wapo', citation('Q&A <live>', 'en')], ['jornada', citation('Tropas', 'es')]]));
    expect(page).toContain('>Q&#x26;A &#x3C;live></a>');
  });

  it('refuses HTML whose places do not match the notes that cite works (a stale cache), rather than misplace titles', async () => {
    const { html, record } = await statement();
    expect(() => withCitedWorks(html.replace('<!--cited-works-->', ''), record, new Map())).toThrow(/1 places for cited works but 2 notes cite works/);
  });
});
