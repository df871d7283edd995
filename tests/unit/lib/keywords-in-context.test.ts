// Entity pages quote the words around each mention with the entity's words marked (issue 14, point 4).
import { describe, expect, it } from 'vitest';
import { keywordsInContext } from '../../../src/lib/keywords-in-context.ts';
import { nameRanges } from '../../../src/lib/names.ts';

const marked = (text: string, ranges: [number, number][]) => ranges.map(([a, b]) => text.slice(a, b));

describe('nameRanges', () => {
  it('finds names whatever their case and accents, and acronyms only in capitals, at their offsets in the text', () => {
    const text = 'La Secretaría de Gobernación and the DHS met; dhs is not an acronym, nor is DHSX. SECRETARIA DE GOBERNACION again.';
    const ranges = nameRanges(['Secretaria de Gobernacion'], ['DHS'])(text);
    expect(marked(text, ranges)).toEqual(['Secretaría de Gobernación', 'DHS', 'SECRETARIA DE GOBERNACION']);
  });

  it('keeps offsets right after characters written decomposed', () => {
    const text = 'Me\u0301xico and the DHS';
    expect(marked(text, nameRanges(['Mexico'], ['DHS'])(text))).toEqual(['Me\u0301xico', 'DHS']);
  });

  it('merges a name found inside a longer alias into one mark', () => {
    const text = 'the Department of Homeland Security said';
    expect(marked(text, nameRanges(['Homeland Security', 'Department of Homeland Security'])(text))).toEqual(['Department of Homeland Security']);
  });
});

describe('keywordsInContext', () => {
  const words = Array.from({ length: 60 }, (_, i) => `w${i}`);
  const text = [...words.slice(0, 30), 'DHS', ...words.slice(30)].join(' ');
  const at = text.indexOf('DHS');

  it('quotes whole words around the mention, marks it, and says where text was left out', () => {
    const [excerpt, ...rest] = keywordsInContext(text, [[at, at + 3]], 20);
    expect(rest).toEqual([]);
    const joined = excerpt!.pieces.map((p) => p.text).join('');
    expect(excerpt!.pieces.filter((p) => p.marked).map((p) => p.text)).toEqual(['DHS']);
    expect(text).toContain(joined);
    expect(joined.length).toBeLessThan(60);
    expect(joined.startsWith('w')).toBe(true);
    expect(excerpt!.cutBefore && excerpt!.cutAfter).toBe(true);
  });

  it('merges mentions whose windows touch, and keeps a short paragraph whole', () => {
    const short = 'The DHS and the DHS again.';
    const excerpts = keywordsInContext(short, [[4, 7], [16, 19]], 20);
    expect(excerpts).toHaveLength(1);
    expect(excerpts[0]!.pieces.map((p) => p.text).join('')).toBe(short);
    expect(excerpts[0]!.cutBefore || excerpts[0]!.cutAfter).toBe(false);
  });
});
