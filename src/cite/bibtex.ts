// BibTeX by citation-js, with the gaps in its escaping closed: it writes literal names (every
// organization) raw, so "Foo}, title = {X" could end the field; it reads "<i>" and "<span …>" as
// markup and can leave a brace open; "--" turns into a dash; and it drops every character it cannot
// spell in ASCII (Chinese, Vietnamese, 𝔸), which travel here as placeholder words put back as UTF-8.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { format as formatValue } from '@citation-js/plugin-bibtex/lib/output/value.js';
import { parse as parseValue } from '@citation-js/plugin-bibtex/lib/input/value.js';
import type { CslItem, CslName } from './csl.ts';
import { mapItem, mapName, plainText } from './plain-items.ts';

/** The first character of a TeX ligature: -- and ---, `` and '', ?` and !` (¿ and ¡). */
const texLigature = /-(?=-)|`(?=`)|'(?=')|[?!](?=`)/g;

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

/** A name citation-js writes as it is, e.g. an organization: LaTeX's specials escaped, ligatures split. */
export function latexLiteral(value: string): string {
  return value.replace(/[\\{}$&%#_~^]/g, (c) => latexSpecials[c]!).replace(texLigature, '$&{}');
}

const survives = new Map<string, boolean>();

/** The unit escaped and read back by citation-js; undefined when it cannot read its own output. */
function roundTrip(unit: string): string | undefined {
  try {
    return String(parseValue(formatValue('note', unit), 'note') ?? '');
  } catch {
    return undefined;
  }
}

/** Whether citation-js's escaping keeps this character (with its accents) when read back. */
function survivesEscaping(unit: string): boolean {
  let kept = survives.get(unit);
  if (kept === undefined) {
    kept = roundTrip(unit)?.normalize('NFC') === unit.normalize('NFC');
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

  /**
   * "<" (citation-js would read "<i>" as italics) and characters it cannot write become placeholders,
   * and so does an empty group between the characters TeX joins into one ("--" is an en dash in TeX).
   */
  protect = (value: string): string =>
    plainText(value)
      .replace(texLigature, (c) => c + this.placeholder('{}'))
      .replace(units, (unit) => {
        if (unit === '<') return this.placeholder('\\textless{}');
        return /^[\x20-\x7e]$/.test(unit) || survivesEscaping(unit) ? unit : this.placeholder(unit);
      });

  private placeholder(value: string): string {
    this.values.push(value);
    return `${this.prefix}${this.values.length - 1}${this.prefix}`;
  }

  /**
   * The text with each placeholder replaced, or removed from entry keys (which must stay ASCII); a key
   * left empty (a title with no ASCII word) becomes the item's id.
   */
  restore(bibtex: string, ids: string[]): string {
    const pattern = new RegExp(`${this.prefix}(\\d+)${this.prefix}`, 'g');
    let entry = 0;
    return bibtex
      .split('\n')
      .map((line) => {
        if (!line.startsWith('@')) return line.replace(pattern, (_, i: string) => this.values[Number(i)]!);
        const id = ids[entry++]?.replace(/[^\w:-]/g, '') || 'item';
        return line.replace(pattern, '').replace(/^(@\w+\{),$/, `$1${id},`);
      })
      .join('\n');
  }
}

/** A capitalised word of letters, with the dots, apostrophes and single hyphens of names. */
const nameWord = /^\p{Lu}[\p{L}\p{M}.'’]*(?:-[\p{L}\p{M}.'’]+)*$/u;
const words = (value: string | undefined) => (value ?? '').split(' ').filter(Boolean);

/**
 * Whether BibTeX can carry a person's name as family and given parts and read it back the same: only
 * capitalised words ("van der" aside). Anything else (a comma, a word in lower case, which BibTeX
 * reads as a "von" part, a family name alone, which citation-js writes raw) is kept whole, as
 * organizations are.
 */
function splittable(n: Exclude<CslName, { literal: string }>): boolean {
  return (
    words(n.given).length > 0 &&
    words(n.family).length > 0 &&
    [...words(n.given), ...words(n.family)].every((w) => nameWord.test(w)) &&
    words(n['non-dropping-particle']).every((w) => /^\p{Ll}+$/u.test(w))
  );
}

export function toBibtex(items: CslItem[]): string {
  const placeholders = new Placeholders(items);
  const name = (n: CslName): CslName => {
    if ('literal' in n) return { literal: latexLiteral(plainText(n.literal)) };
    if (splittable(n)) return mapName(n, placeholders.protect);
    return { literal: latexLiteral(plainText([n.given, n['non-dropping-particle'], n.family].filter(Boolean).join(' '))) };
  };
  const safe = items.map((item) => mapItem(item, placeholders.protect, name));
  return placeholders.restore(new Cite(safe).format('bibtex', { format: 'text' }), items.map((i) => i.id));
}
