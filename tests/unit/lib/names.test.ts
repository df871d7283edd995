import { describe, expect, it } from 'vitest';
import { fold, nameMatcher, stripAccents } from '../../../src/lib/names.ts';
import { slugify } from '../../../src/lib/slugs.ts';

describe('names', () => {
  it('takes accents off but keeps letters and case', () => {
    expect(stripAccents('Fray Matías de Córdova, Niñez')).toBe('Fray Matias de Cordova, Ninez');
    expect(fold('Asociación Pop No’j')).toBe('asociacion pop no’j');
  });

  it('matches names whole-word and accent-insensitively, acronyms only in capitals', () => {
    const matches = nameMatcher(['Immigration and Customs Enforcement'], ['ICE']);
    expect(matches('agents of immigration and customs enforcement arrived')).toBe(true);
    expect(matches('CBP and ICE agents')).toBe(true);
    expect(matches('thin ice')).toBe(false);
    expect(matches('ICEland')).toBe(false);
    expect(nameMatcher(['Matías de Córdova'])('Centro Fray Matias de Cordova')).toBe(true);
  });

  it('makes file ids from names', () => {
    expect(slugify("Asociación Pop No'j")).toBe('asociacion-pop-noj');
    expect(slugify('One two three four', 2)).toBe('one-two');
  });
});
