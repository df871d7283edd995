// Sorting that gives the same order, and so the same bytes in dist/, on every machine: a bare
// localeCompare() follows the machine's locale (under sv_SE "Ä" sorts after "Z" and "V" = "W").
const english = new Intl.Collator('en', { usage: 'sort', sensitivity: 'variant', numeric: false, caseFirst: 'false', ignorePunctuation: false });

/** Display text (names, titles) in English dictionary order, whatever the machine's locale; ties by code point. */
export function compareText(a: string, b: string): number {
  return english.compare(a, b) || compareCodePoints(a, b);
}

/** Identifiers, ISO dates and codes, character by character (Unicode code points): no language at all. */
export function compareCodePoints(a: string, b: string): number {
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    const x = a.codePointAt(i)!, y = b.codePointAt(j)!;
    if (x !== y) return x < y ? -1 : 1;
    i += x > 0xffff ? 2 : 1;
    j += y > 0xffff ? 2 : 1;
  }
  return Math.sign(a.length - b.length);
}
