// Dates, counts and lists as each interface language writes them, and the addresses of each
// language's pages (English at /, Spanish under /es/ with the same paths).
import { describe, expect, test } from 'vitest';
import { formatDate } from '../../../src/lib/dates.ts';
import { countOf, formatList, formatNumber } from '../../../src/lib/lists.ts';
import { inEveryLocale, localePath, localeOfPath, localeStaticPaths, pathWithoutLocale } from '../../../src/lib/locales.ts';
import { urls, urlsFor } from '../../../src/lib/urls.ts';
import { messages } from '../../../src/i18n/messages.ts';

describe('dates per locale', () => {
  test('English keeps the American form it had before Intl', () => {
    expect(formatDate('2019-06-13', 'en')).toBe('June 13, 2019');
    expect(formatDate('2017-02', 'en')).toBe('February 2017');
    expect(formatDate('2017', 'en')).toBe('2017');
  });

  test('Spanish writes day, month and year the Spanish way, at every precision', () => {
    expect(formatDate('2019-06-13', 'es')).toBe('13 de junio de 2019');
    expect(formatDate('2017-02', 'es')).toBe('febrero de 2017');
    expect(formatDate('2017', 'es')).toBe('2017');
  });

  test('the first of the month stays the first whatever the machine’s time zone', () => {
    expect(formatDate('2019-01-01', 'es')).toBe('1 de enero de 2019');
  });
});

describe('counts and lists per locale', () => {
  test('numbers group their thousands as each language does', () => {
    expect(formatNumber(12345, 'en')).toBe('12,345');
    expect(formatNumber(12345, 'es')).toBe('12.345');
  });

  test('a count chooses the singular or the plural by the language’s rules', () => {
    expect(countOf(1, 'es', 'declaración', 'declaraciones')).toBe('1 declaración');
    expect(countOf(3, 'es', 'declaración', 'declaraciones')).toBe('3 declaraciones');
    expect(messages('en')['home.policies'](1)).toBe('1 policy');
    expect(messages('es')['home.policies'](2)).toBe('2 políticas');
  });

  test('lists join with the language’s own word', () => {
    expect(formatList(['Mexico', 'Guatemala'], 'en')).toBe('Mexico and Guatemala');
    expect(formatList(['México', 'Guatemala', 'Honduras'], 'es')).toBe('México, Guatemala y Honduras');
  });
});

describe('the addresses of each language’s pages', () => {
  test('English pages keep their addresses; Spanish ones have the same paths under /es/', () => {
    expect(urlsFor('en').statement('x')).toBe(urls.statement('x'));
    expect(urlsFor('es').statement('x')).toBe('/es/statements/x/');
    expect(urlsFor('es').home()).toBe('/es/');
    expect(urlsFor('es').feed()).toBe('/es/feed.xml');
  });

  test('a page and its anchor map one to one between the languages', () => {
    expect(localePath('/statements/x/#p-3', 'es')).toBe('/es/statements/x/#p-3');
    expect(localePath('/es/statements/x/', 'en')).toBe('/statements/x/');
    expect(localeOfPath('/es/policies/')).toBe('es');
    expect(localeOfPath('/estados/')).toBe('en');
    expect(pathWithoutLocale('/es/')).toBe('/');
  });

  test('every page file makes one page per language: no prefix for English, es for Spanish', () => {
    expect(localeStaticPaths()).toEqual([{ params: { locale: undefined } }, { params: { locale: 'es' } }]);
    expect(inEveryLocale(() => [{ params: { slug: 'a' } }])).toEqual([
      { params: { slug: 'a', locale: undefined } },
      { params: { slug: 'a', locale: 'es' } },
    ]);
  });
});
