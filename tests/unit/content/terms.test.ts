// The names of kinds, types, countries and languages come from content/terms.yaml, in English and
// Spanish; the English names are those the pages have always shown.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readTerms, termIn, termLabel, termNames, termsKeys, type TermGroup } from '../../../src/content/terms.ts';
import { termGroups } from '../../../src/content/schemas/terms.ts';

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'terms-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

describe('termLabel', () => {
  test('gives the English names the pages showed before they moved into content', () => {
    expect(termLabel('organizationType', 'ngo', 'en')).toBe('Non-governmental organization');
    expect(termLabel('statementKind', 'joint-statement', 'en')).toBe('Joint statement');
    expect(termLabel('citationKind', 'ngo', 'en')).toBe('Civil society');
    expect(termLabel('policyKind', 'executive-order', 'en')).toBe('Executive order');
    expect(termLabel('country', 'US', 'en')).toBe('United States');
    expect(termLabel('language', 'ht', 'en')).toBe('Haitian Creole');
  });

  test('gives the Spanish names on Spanish pages', () => {
    expect(termLabel('country', 'MX', 'es')).toBe('México');
    expect(termLabel('country', 'US', 'es')).toBe('Estados Unidos');
    expect(termLabel('organizationType', 'ngo', 'es')).toBe('Organización no gubernamental');
    expect(termLabel('statementKind', 'joint-statement', 'es')).toBe('Declaración conjunta');
  });

  test('every code of every group has an English and a Spanish name in the site\'s terms.yaml', () => {
    for (const group of Object.keys(termsKeys) as TermGroup[]) {
      const names = termNames(group);
      expect(Object.keys(names).sort(), group).toEqual([...termGroups[termsKeys[group]]].sort());
      for (const [code, name] of Object.entries(names)) {
        expect(name.en, `${group} ${code}`).toMatch(/\S/);
        expect(name.es, `${group} ${code}`).toMatch(/\S/);
      }
    }
  });

  test('a code without a Spanish name falls back to the English, and says so', () => {
    const root = path.join(temp, 'no-spanish-mexico');
    fs.mkdirSync(root);
    fs.writeFileSync(path.join(root, 'terms.yaml'), fs.readFileSync('content/terms.yaml', 'utf8').replace('MX: { en: Mexico, es: México }', 'MX: { en: Mexico }'));
    expect(termIn('country', 'MX', 'es', root)).toEqual({ value: 'Mexico', lang: 'en', fallback: true });
    expect(termIn('country', 'GT', 'es', root)).toEqual({ value: 'Guatemala', lang: 'es', fallback: false });
    expect(termIn('country', 'MX', 'en', root)).toEqual({ value: 'Mexico', lang: 'en', fallback: false });
  });

  test('a broken or missing terms.yaml is one message naming the file, never a crash', () => {
    const missing = path.join(temp, 'missing');
    fs.mkdirSync(missing);
    expect(() => readTerms(missing)).toThrow(/terms\.yaml: the file is missing\. Write it with statementKinds/);
    const wrong = path.join(temp, 'wrong');
    fs.mkdirSync(wrong);
    fs.writeFileSync(path.join(wrong, 'terms.yaml'), fs.readFileSync('content/terms.yaml', 'utf8').replace(/^  MX: .*\n/m, ''));
    expect(() => readTerms(wrong)).toThrow(/terms\.yaml: countries\.MX: .*npm run validate says where/);
  });
});
