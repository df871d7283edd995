// Which characters count as hidden, their names, and the escaped form the terminal printers use.
import { describe, expect, test } from 'vitest';
import { escapeHidden, hiddenCharacter, hiddenCharactersIn } from '../../../src/lib/hidden-characters.ts';

describe('hiddenCharacter', () => {
  test.each([
    [0x1b, 'control', 'U+001B ESCAPE'],
    [0x7f, 'control', 'U+007F DELETE'],
    [0x9b, 'control', 'U+009B CONTROL SEQUENCE INTRODUCER'],
    [0x0a, 'line-break', 'U+000A LINE FEED'],
    [0x202e, 'bidi', 'U+202E RIGHT-TO-LEFT OVERRIDE'],
    [0x2067, 'bidi', 'U+2067 RIGHT-TO-LEFT ISOLATE'],
    [0x061c, 'bidi', 'U+061C ARABIC LETTER MARK'],
    [0x200b, 'invisible', 'U+200B ZERO WIDTH SPACE'],
    [0xfeff, 'invisible', 'U+FEFF ZERO WIDTH NO-BREAK SPACE (BYTE ORDER MARK)'],
    [0x180e, 'invisible', 'U+180E MONGOLIAN VOWEL SEPARATOR'],
    [0x00ad, 'soft-hyphen', 'U+00AD SOFT HYPHEN'],
    [0xe0041, 'tag', 'U+E0041 TAG LATIN CAPITAL LETTER A'],
    [0xdc00, 'surrogate', 'U+DC00 LONE SURROGATE'],
    [0xf8ff, 'private-use', 'U+F8FF PRIVATE USE CHARACTER'],
    [0x10fffd, 'private-use', 'U+10FFFD PRIVATE USE CHARACTER'],
  ])('%i is %s: %s', (codePoint, kind, label) => {
    expect(hiddenCharacter(codePoint)).toEqual({ kind, codePoint, label });
  });

  test('ordinary text has none: accents, quotes, dashes, a non-breaking space, emoji', () => {
    expect([...hiddenCharactersIn('Bajío «Sí» “no” — a\u00A0b 😀 ñ ü ç ß 中文 العربية')]).toEqual([]);
  });

  test('indexes count UTF-16 units, as editors count columns', () => {
    expect([...hiddenCharactersIn('😀\u202E')].map((c) => c.index)).toEqual([2]);
  });
});

describe('escapeHidden', () => {
  test('writes escape sequences, direction controls and astral tags as escapes and leaves the rest', () => {
    expect(escapeHidden('a\nb\r', { keepLineBreaks: true })).toBe('a\nb\\r');
    expect(escapeHidden('\u001b[31mred\u001b[0m \u202Eevil\t\n \u{E0061} ñ «»')).toBe('\\u001b[31mred\\u001b[0m \\u202eevil\\t\\n \\u{e0061} ñ «»');
  });
});
