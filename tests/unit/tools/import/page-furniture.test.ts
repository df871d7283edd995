// Running heads, running feet and page numbers in a pasted text: dropped where they are surely page
// furniture, the sentence they cut joined again; a line that only might be furniture is asked about.
import { describe, expect, test } from 'vitest';
import { dropPageFurniture } from '../../../../src/tools/import/page-furniture.ts';
import { splitBlocks } from '../../../../src/tools/import/text.ts';
import { importFixture, noteTexts } from './helpers.ts';

const kept = (text: string, title?: string) => dropPageFurniture(splitBlocks(text), title);

describe('lines that are page furniture', () => {
  test.each([
    ['a bare page number', '7'],
    ['a number between dashes', '– 2 –'],
    ['"Page 2 of 5"', 'Page 2 of 5'],
    ['"página 2"', 'página 2'],
    ['"2/5"', '2/5'],
    ['a running head ending in its page number', 'Joint statement on the border – página 2'],
    ['a running foot starting with its page number', '3 | Joint statement on the border'],
  ])('%s is dropped', (_, line) => {
    const result = kept(`The text goes on.\n\n${line}\n\nAnd ends here.`);
    expect(result.blocks.map((b) => b.text)).toEqual(['The text goes on.', 'And ends here.']);
    expect(result.dropped).toEqual([{ text: line, line: 3 }]);
    expect(result.questions).toEqual([]);
  });

  test('a running head that repeats the title, or any short line printed on several pages, is dropped', () => {
    const text = 'A first paragraph.\n\nBorder Statement\n\nA second paragraph.\n\nMigrants Rights Network Bulletin\n\nThird.\n\nMigrants Rights Network Bulletin\n\nFourth.';
    const result = kept(text, 'Border Statement');
    expect(result.blocks.map((b) => b.text)).toEqual(['A first paragraph.', 'A second paragraph.', 'Third.', 'Fourth.']);
    expect(result.dropped.map((d) => d.line)).toEqual([3, 7, 11]);
  });

  test('the heading above endnotes is not kept as a paragraph of the text', () => {
    const result = importFixture('running-heads.txt');
    expect(result.parts.paragraphs.some((p) => /Notas/.test(p))).toBe(false);
  });

  test('a line of furniture inside a block of wrapped lines is taken out of it', () => {
    const result = kept('The families were sent back\nPage 2 of 3\nwithout a hearing.');
    expect(result.blocks).toEqual([{ text: 'The families were sent back\nwithout a hearing.', line: 1 }]);
  });

  test('headings, dates, sentences, numbered names and a country heading printed twice are kept', () => {
    const text = 'Article 3\n\nGuatemala, July 30, 2019\n\nThe 2 of us.\n\nMéxico\n\nNetwork 1\nNetwork 2\n\nMéxico\n\nSection 2: the law';
    expect(kept(text).dropped).toEqual([]);
  });

  test('an unknown short line between two halves of a sentence is dropped and asked about, never silently', () => {
    const result = kept('We ask the governments of the region to respect the right to\n\nBulletin of the Network\n\nseek asylum.');
    expect(result.blocks.map((b) => b.text)).toEqual(['We ask the governments of the region to respect the right to', 'seek asylum.']);
    expect(result.questions.map((q) => q.text)).toEqual([
      'Was “Bulletin of the Network” (source line 3) a running head or foot? It stood alone between two halves of a sentence, so it was dropped and the sentence joined. If it is part of the text, put it back.',
    ]);
  });
});

describe('a Spanish statement with running heads between halves of sentences, bracketed notes under a heading and a flat list', () => {
  const result = importFixture('running-heads.txt');
  const body = result.statement.body!;

  test('the running heads and page numbers are gone and each sentence is whole again', () => {
    expect(body).not.toMatch(/página 2|– 2 –|Página 3 de 4|Boletín de la Red|^4$/m);
    expect(body).toContain('sin distinción de nacionalidad ni de origen.');
    expect(body).toContain('como lo establecen los compromisos internacionales');
    expect(body).toContain('informen de lo que vean en la frontera.');
    expect(result.parts.paragraphs).toHaveLength(2);
    expect(result.parts.furniture.map((f) => f.text)).toEqual(['Pronunciamiento sobre las expulsiones – página 2', '– 2 –', 'Página 3 de 4', 'Boletín de la Red', '4']);
  });

  test('the unsure line is a question, and the provenance says what was dropped', () => {
    expect(result.questions.map((q) => q.text)).toContainEqual(expect.stringContaining('Was “Boletín de la Red” (source line 19) a running head or foot?'));
    expect((result.statement.data['provenance'] as { description: string }).description).toContain('5 lines of page furniture (running heads, running feet, page numbers) were dropped');
  });

  test('notes, addresses, signatories, language and date are all there', () => {
    expect(noteTexts(body).map(([label, text]) => [label, text.match(/<(https:[^>]+)>/)?.[1]])).toEqual([
      ['1', 'https://www.hrw.org/es/expulsiones-frontera'],
      ['2', 'https://www.acnur.org/nota-expulsiones'],
    ]);
    expect(result.statement.data['language']).toBe('es');
    expect(result.statement.data['date']).toBe('2021-03-14');
    expect(result.parts.signatories.flatMap((g) => g.names.map((n) => n.printed))).toEqual(['Asociación Pop No’j', 'Pastoral de Movilidad Humana']);
  });
});
