// Sorting gives the same order on every machine: the machine's locale (LANG) changes nothing.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareCodePoints, compareText } from '../../../src/lib/compare.ts';

// Names that sv_SE orders differently from English: Å, Ä and Ö after Z, accents, case, V and W.
const names = ['Zeta Fund', 'Åland Aid', 'Ärzte ohne Grenzen', 'Öppna gränser', 'Vía Campesina', 'WOLA', 'Waco Legal', 'Vanguardia', 'ángeles', 'Angeles', 'angeles', 'Œuvre', 'Oeuvre', 'Église', 'Eglise', 'éxodo'];
const english = ['Åland Aid', 'angeles', 'Angeles', 'ángeles', 'Ärzte ohne Grenzen', 'Eglise', 'Église', 'éxodo', 'Oeuvre', 'Œuvre', 'Öppna gränser', 'Vanguardia', 'Vía Campesina', 'Waco Legal', 'WOLA', 'Zeta Fund'];

/** The order a child process with the given locale gives, with compareText and with a bare localeCompare. */
function orderUnder(locale: string): { compareText: string[]; localeCompare: string[] } {
  const script = `import { compareText } from ${JSON.stringify(path.resolve('src/lib/compare.ts'))};
const names = ${JSON.stringify(names)};
console.log(JSON.stringify({ compareText: [...names].sort(compareText), localeCompare: [...names].sort((a, b) => a.localeCompare(b)) }));`;
  const env = { ...process.env, LANG: locale, LC_ALL: locale, LC_COLLATE: locale, LANGUAGE: '' };
  const output = execFileSync(path.resolve('node_modules/.bin/node'), ['--input-type=module', '-e', script], { env, encoding: 'utf8' });
  return JSON.parse(output) as { compareText: string[]; localeCompare: string[] };
}

describe('display text sorts the same under every locale', () => {
  it('compareText gives English dictionary order', () => {
    expect([...names].sort(compareText)).toEqual(english);
  });

  it.each(['en_US.UTF-8', 'sv_SE.UTF-8', 'C', 'de_DE.UTF-8'])('under LANG=%s a child process gives the same order', (locale) => {
    expect(orderUnder(locale).compareText).toEqual(english);
  });

  it('a bare localeCompare would not: the child process really runs under sv_SE', () => {
    const swedish = orderUnder('sv_SE.UTF-8').localeCompare;
    expect(swedish).not.toEqual(english);
    expect(swedish.indexOf('Åland Aid')).toBeGreaterThan(swedish.indexOf('Zeta Fund'));
  });

  it('names equal but for case or accents still get one fixed order', () => {
    expect(compareText('angeles', 'Angeles')).toBe(-1);
    expect(compareText('Angeles', 'angeles')).toBe(1);
    expect(compareText('WOLA', 'WOLA')).toBe(0);
  });
});

describe('identifiers and ISO dates sort by code point', () => {
  it('orders by character codes, not by language', () => {
    expect(['b', 'B', 'a', '2019-06', '2019-06-13', '2017', 'Å', 'z', '\u{1F600}', '\uFFFD'].sort(compareCodePoints))
      .toEqual(['2017', '2019-06', '2019-06-13', 'B', 'a', 'b', 'z', 'Å', '\uFFFD', '\u{1F600}']);
  });
});

describe('no bare localeCompare is left in src/', () => {
  it('every comparison of text goes through src/lib/compare.ts', () => {
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (/\.(ts|astro|js|mjs)$/.test(entry.name) && file !== path.join('src', 'lib', 'compare.ts')) {
          fs.readFileSync(file, 'utf8').split('\n').forEach((line, i) => { if (/\.localeCompare\(|new Intl\.Collator\(\s*\)/.test(line)) found.push(`${file}:${i + 1}`); });
        }
      }
    };
    walk('src');
    expect(found).toEqual([]);
  });
});
