// Reading a query: quoted phrases held word for word; names compared without case, accents or apostrophes.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/search/normalize.ts';
import { namedCountry } from '../../../src/search/names.ts';
import { holdsPhrases, parseQuery } from '../../../src/search/query.ts';

describe('normalize', () => {
  it('sets aside case, accents, apostrophes and punctuation', () => {
    expect(normalize("Asociación Pop No'j")).toBe('asociacion pop noj');
    expect(normalize('  Quédate  en México! ')).toBe('quedate en mexico');
    expect(normalize('E.O. 13769')).toBe('e o 13769');
  });
});

describe('quoted phrases', () => {
  it('are found in straight and curly quotes, beside plain words', () => {
    expect(parseQuery('"safe third country" Mexico')).toEqual({ text: 'safe third country Mexico', phrases: ['safe third country'] });
    expect(parseQuery('“Remain in Mexico”').phrases).toEqual(['remain in mexico']);
    expect(parseQuery('metering').phrases).toEqual([]);
  });

  it('must be held as whole words in that order', () => {
    const editorial = 'agreements with safe third countries and the like';
    expect(holdsPhrases(editorial, ['safe third country'])).toBe(false);
    expect(holdsPhrases('a Safe Third Country agreement', ['safe third country'])).toBe(true);
    expect(holdsPhrases('third country, safe', ['safe third country'])).toBe(false);
    expect(holdsPhrases('anything', [])).toBe(true);
  });
});

describe('countries', () => {
  it('a query that is a country name names it, whatever its accents or case', () => {
    expect(namedCountry('el salvador', ['El Salvador', 'Mexico'])).toBe('El Salvador');
    expect(namedCountry('México', ['El Salvador', 'Mexico'])).toBe('Mexico');
    expect(namedCountry('Salvadoran groups', ['El Salvador'])).toBeUndefined();
  });
});
