// The look-alike table and the name skeleton built on it (src/lib/confusables.ts).
import { describe, expect, test } from 'vitest';
import { lookAlikes, nameSkeleton, scriptsOf } from '../../../src/lib/confusables.ts';

describe('the look-alike table', () => {
  test('each row is one letter of the script its name says, passing for one plain Latin letter', () => {
    for (const [char, latin, name] of lookAlikes) {
      expect([...char], name).toHaveLength(1);
      expect(latin, name).toMatch(/^[A-Za-z]$/);
      const script = name.split(' ')[0]!;
      expect(scriptsOf(char), name).toEqual([script.charAt(0) + script.slice(1).toLowerCase()]);
      expect(char.codePointAt(0)! > 0x7f, name).toBe(true);
    }
  });

  test('no letter is listed twice', () => {
    const chars = lookAlikes.map(([char]) => char);
    expect(new Set(chars).size).toBe(chars.length);
  });
});

describe('nameSkeleton', () => {
  test.each([
    ['W\u041ELA', 'WOLA', 'a Cyrillic capital O'],
    ['\u0430mnesty', 'Amnesty', 'a Cyrillic small a'],
    ['\u0392\u0395\u03A4\u0391', 'beta', 'Greek capitals (beta passes for B before lower-casing)'],
    ['\uFF37\uFF2F\uFF2C\uFF21', 'wola', 'full-width letters (NFKC)'],
    ['Mat\u00EDas  de\u00A0C\u00F3rdova', 'Matias de Cordova', 'accents, a double and a non-breaking space'],
    ['WO\u200BLA\u2060', 'WOLA', 'zero-width characters'],
    ['\uFB01sh', 'fish', 'the fi ligature'],
  ])('%s reads as %s (%s)', (spoof, real) => {
    expect(nameSkeleton(spoof)).toBe(nameSkeleton(real));
  });

  test.each([
    ['WOLA', 'WOLF'],
    ['ICE', 'CIE'],
    ['Cuba', 'Cuña'],
  ])('%s and %s stay apart', (a, b) => {
    expect(nameSkeleton(a)).not.toBe(nameSkeleton(b));
  });
});
