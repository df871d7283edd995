// The interface's words: one typed catalogue per language (src/i18n/). A key missing or empty in
// either language, or defined but used nowhere in src/, fails here by name.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { catalogues } from '../../../src/i18n/messages.ts';
import { locales } from '../../../src/lib/locales.ts';

type Message = string | ((...values: unknown[]) => string);
const entries = (locale: (typeof locales)[number]) => Object.entries(catalogues[locale]) as [string, Message][];

/** A message's words: a template is called with a placeholder value for each of its parameters. */
const words = (message: Message) => (typeof message === 'function' ? message(...Array.from({ length: message.length }, () => '1')) : message);

/** Every source file but the catalogues themselves. */
function sources(dir = path.resolve('src')): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return /\.(ts|astro)$/.test(e.name) && !/src\/i18n\/(search\.)?(en|es)\.ts$/.test(full.split(path.sep).join('/')) ? [full] : [];
  });
}

describe('the catalogues of interface words', () => {
  test.each(locales)('%s has every key of every other language', (locale) => {
    const keys = new Set(Object.keys(catalogues[locale]));
    for (const other of locales) {
      expect(Object.keys(catalogues[other]).filter((k) => !keys.has(k)), `keys of ${other} missing in ${locale}`).toEqual([]);
    }
  });

  test.each(locales)('no message of %s is empty', (locale) => {
    expect(entries(locale).filter(([, m]) => words(m).trim() === '').map(([k]) => k)).toEqual([]);
  });

  test.each(locales)('the messages of %s that take values take as many as in English', (locale) => {
    const arity = (m: Message) => (typeof m === 'function' ? m.length : -1);
    const english = new Map(entries('en'));
    expect(entries(locale).filter(([k, m]) => arity(m) !== arity(english.get(k)!)).map(([k]) => k)).toEqual([]);
  });

  test('every key is used somewhere in src/', () => {
    const code = sources().map((f) => fs.readFileSync(f, 'utf8')).join('\n');
    const unused = Object.keys(catalogues.en).filter((key) => !code.includes(`'${key}'`) && !code.includes(`"${key}"`));
    expect(unused).toEqual([]);
  });

  test('Spanish is not English: most messages differ between the two', () => {
    // Words that are the same in both (PDF, a name) are few; a catalogue copied and left untranslated is not.
    const english = new Map(entries('en'));
    const same = entries('es').filter(([k, m]) => words(m) === words(english.get(k)!)).map(([k]) => k);
    expect(same.length).toBeLessThan(entries('en').length / 20);
  });
});
