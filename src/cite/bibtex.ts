// BibTeX by citation-js, with the three gaps in its escaping closed: it writes literal names (every
// organization) raw, so "Foo}, title = {X" could end the field; it reads "<i>" and "<span …>" as
// markup and can leave a brace open; and it drops every character it cannot spell in ASCII (Chinese,
// Vietnamese, 𝔸). Such characters travel as placeholder words and are put back as UTF-8 afterwards.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { format as formatValue } from '@citation-js/plugin-bibtex/lib/output/value.js';
import { parse as parseValue } from '@citation-js/plugin-bibtex/lib/input/value.js';
import type { CslItem, CslName } from './csl.ts';
import { mapItem, mapName, plainText } from './plain-items.ts';

/** LaTeX's special characters, spelled as citation-js spells them elsewhere. */
const latexSpecials: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** A name citation-js writes as it is, e.g. an organization: only LaTeX's specials need escaping. */
export function latexLiteral(value: string): string {
  return value.replace(/[\\{}$&%#_~^]/g, (c) => latexSpecials[c]!);
}

const survives = new Map<string, boolean>();

/** Whether citation-js's escaping keeps this character (with its accents) when read back. */
function survivesEscaping(unit: string): boolean {
  let kept = survives.get(unit);
  if (kept === undefined) {
    const back = String(parseValue(formatValue('note', unit) as string, 'note') ?? '');
    kept = back.normalize('NFC') === unit.normalize('NFC');
    survives.set(unit, kept);
  }
  return kept;
}

/** A letter with its combining marks, or anything else one code point at a time. */
const units = /\P{M}\p{M}*|\p{M}+/gu;

/** Placeholder words standing for text citation-js would lose or misread, and what each stands for. */
class Placeholders {
  readonly prefix: string;
  readonly values: string[] = [];
  constructor(items: CslItem[]) {
    const all = JSON.stringify(items).toLowerCase();
    let prefix = 'zqbibunit';
    while (all.includes(prefix)) prefix += 'q';
    this.prefix = prefix;
  }

  /** "<" (citation-js would read "<i>" as italics) and characters it cannot write become placeholders. */
  protect = (value: string): string =>
    plainText(value).replace(units, (unit) => {
      if (unit === '<') return this.placeholder('\\textless{}');
      return /^[\x20-\x7e]$/.test(unit) || survivesEscaping(unit) ? unit : this.placeholder(unit);
    });

  private placeholder(value: string): string {
    this.values.push(value);
    return `${this.prefix}${this.values.length - 1}${this.prefix}`;
  }

  /** The text with each placeholder replaced, or removed from entry keys (which must stay ASCII). */
  restore(bibtex: string): string {
    const pattern = new RegExp(`${this.prefix}(\\d+)${this.prefix}`, 'g');
    return bibtex
      .split('\n')
      .map((line) => line.replace(pattern, (_, i: string) => (line.startsWith('@') ? '' : this.values[Number(i)]!)))
      .join('\n');
  }
}

export function toBibtex(items: CslItem[]): string {
  const placeholders = new Placeholders(items);
  const name = (n: CslName): CslName =>
    'literal' in n ? { literal: latexLiteral(plainText(n.literal)) } : mapName(n, placeholders.protect);
  const safe = items.map((item) => mapItem(item, placeholders.protect, name));
  return placeholders.restore(new Cite(safe).format('bibtex', { format: 'text' }));
}
