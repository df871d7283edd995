// "Did you mean …?" suggestions: close typos are matched, unrelated words are not.
import { describe, expect, test } from 'vitest';
import { termNames } from '../../../src/content/terms.ts';
import { closest, foldName } from '../../../src/validate/suggest.ts';

describe('closest', () => {
  test('a typo finds the id it was meant to be', () => {
    expect(closest('dhs-guatemala-mou', ['dhs-guatemala-moc', 'guatemala-aca'])).toBe('dhs-guatemala-moc');
  });

  test('an id with an extra part finds the shorter id', () => {
    expect(closest('wola-org', ['wola', 'lawg', 'dhs'])).toBe('wola');
  });

  test('a language name or its start finds the code', () => {
    const languages = Object.fromEntries(Object.entries(termNames('language')).map(([code, name]) => [code, name.en]));
    expect(closest('sp', Object.keys(languages), languages)).toBe('es');
    expect(closest('Portuguese', Object.keys(languages), languages)).toBe('pt');
  });

  test('nothing is suggested when nothing is close', () => {
    expect(closest('mexico-mpp', ['dhs-guatemala-moc', 'guatemala-aca'])).toBeUndefined();
  });
});

describe('foldName', () => {
  test('ignores case, accents and repeated spaces', () => {
    expect(foldName('CONFERENCIA  Episcopal de Guatemála')).toBe(foldName('conferencia episcopal de guatemala'));
  });
});
