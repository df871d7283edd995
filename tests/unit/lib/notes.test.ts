import { describe, expect, it } from 'vitest';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { noteIdentifier, noteMarker, noteOrder, referencesInReadingOrder } from '../../../src/lib/notes.ts';

const parse = (markdown: string) => unified().use(remarkParse).use(remarkGfm).parse(markdown);

describe('note labels and numbers', () => {
  it('names the same note for labels that differ in case or spacing, exactly as remark matches them', () => {
    expect(noteIdentifier('A')).toBe(noteIdentifier('a'));
    expect(noteIdentifier(' two  words ')).toBe(noteIdentifier('two words'));
    // GFM folds case by lower- then upper-casing: the sharp s and its capital are one note.
    expect(noteIdentifier('ẞ')).toBe(noteIdentifier('ss'));
    expect(noteIdentifier(3)).toBe('3');
    const tree = parse('A.[^ẞ] B.[^A]\n\n[^ss]: One.\n[^a]: Two.');
    const identifiers = referencesInReadingOrder(tree).map((r) => r.identifier);
    expect(identifiers.map((id) => noteIdentifier(id))).toEqual([noteIdentifier('ẞ'), noteIdentifier('A')]);
  });

  it('numbers notes by the first reference in reading order, counting uses of each', () => {
    const order = noteOrder();
    expect(['b', '*', 'B', '1'].map((label) => order.refer(label))).toEqual([
      { number: 1, occurrence: 1, first: true },
      { number: 2, occurrence: 1, first: true },
      { number: 1, occurrence: 2, first: false },
      { number: 3, occurrence: 1, first: true },
    ]);
    expect(order.labels).toEqual(['b', '*', '1']);
    expect(order.numberOf('B')).toBe(1);
    expect(order.numberOf('z')).toBeUndefined();
  });

  it('shows the number for a numbered label and the sign for any other', () => {
    expect(noteMarker('7', 2)).toBe('2');
    expect(noteMarker('*', 2)).toBe('*');
  });

  it('reads references as GFM shows them: the text, then inside the notes, a note referred to only inside another after it', () => {
    const tree = parse('A.[^1] B.[^3]\n\n[^2]: Inner.\n[^1]: One.[^2]\n[^3]: Three.[^1]\n[^4]: Unused.[^3]');
    expect(referencesInReadingOrder(tree).map((r) => r.label)).toEqual(['1', '3', '2', '1']);
  });

});
