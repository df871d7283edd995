// Letters of other scripts that look like Latin ones, so WOLA spelled with a Cyrillic O (U+041E) is
// seen as WOLA. No well-kept npm package carries Unicode's confusables data, so this is the part of
// it that matters here: the Cyrillic and Greek letters that UTS #39 (confusables.txt) maps to a
// Latin letter.

/** [look-alike, the Latin letter it passes for, its Unicode name]; escapes, since the letters look alike. */
export const lookAlikes: readonly (readonly [string, string, string])[] = [
  ['\u0410', 'A', 'CYRILLIC CAPITAL LETTER A'], ['\u0430', 'a', 'CYRILLIC SMALL LETTER A'],
  ['\u0412', 'B', 'CYRILLIC CAPITAL LETTER VE'], ['\u0415', 'E', 'CYRILLIC CAPITAL LETTER IE'],
  ['\u0435', 'e', 'CYRILLIC SMALL LETTER IE'], ['\u0405', 'S', 'CYRILLIC CAPITAL LETTER DZE'],
  ['\u0455', 's', 'CYRILLIC SMALL LETTER DZE'], ['\u0406', 'I', 'CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I'],
  ['\u0456', 'i', 'CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I'], ['\u0408', 'J', 'CYRILLIC CAPITAL LETTER JE'],
  ['\u0458', 'j', 'CYRILLIC SMALL LETTER JE'], ['\u041A', 'K', 'CYRILLIC CAPITAL LETTER KA'],
  ['\u041C', 'M', 'CYRILLIC CAPITAL LETTER EM'], ['\u041D', 'H', 'CYRILLIC CAPITAL LETTER EN'],
  ['\u041E', 'O', 'CYRILLIC CAPITAL LETTER O'], ['\u043E', 'o', 'CYRILLIC SMALL LETTER O'],
  ['\u0420', 'P', 'CYRILLIC CAPITAL LETTER ER'], ['\u0440', 'p', 'CYRILLIC SMALL LETTER ER'],
  ['\u0421', 'C', 'CYRILLIC CAPITAL LETTER ES'], ['\u0441', 'c', 'CYRILLIC SMALL LETTER ES'],
  ['\u0422', 'T', 'CYRILLIC CAPITAL LETTER TE'], ['\u0423', 'Y', 'CYRILLIC CAPITAL LETTER U'],
  ['\u0443', 'y', 'CYRILLIC SMALL LETTER U'], ['\u0425', 'X', 'CYRILLIC CAPITAL LETTER HA'],
  ['\u0445', 'x', 'CYRILLIC SMALL LETTER HA'], ['\u04AE', 'Y', 'CYRILLIC CAPITAL LETTER STRAIGHT U'],
  ['\u04BB', 'h', 'CYRILLIC SMALL LETTER SHHA'], ['\u04BA', 'H', 'CYRILLIC CAPITAL LETTER SHHA'],
  ['\u051A', 'Q', 'CYRILLIC CAPITAL LETTER QA'], ['\u051B', 'q', 'CYRILLIC SMALL LETTER QA'],
  ['\u051C', 'W', 'CYRILLIC CAPITAL LETTER WE'], ['\u051D', 'w', 'CYRILLIC SMALL LETTER WE'],
  ['\u04C0', 'l', 'CYRILLIC LETTER PALOCHKA'], ['\u04CF', 'l', 'CYRILLIC SMALL LETTER PALOCHKA'],
  ['\u0500', 'd', 'CYRILLIC CAPITAL LETTER KOMI DE'], ['\u0501', 'd', 'CYRILLIC SMALL LETTER KOMI DE'],
  ['\u0391', 'A', 'GREEK CAPITAL LETTER ALPHA'], ['\u03B1', 'a', 'GREEK SMALL LETTER ALPHA'],
  ['\u0392', 'B', 'GREEK CAPITAL LETTER BETA'], ['\u0395', 'E', 'GREEK CAPITAL LETTER EPSILON'],
  ['\u0396', 'Z', 'GREEK CAPITAL LETTER ZETA'], ['\u0397', 'H', 'GREEK CAPITAL LETTER ETA'],
  ['\u0399', 'I', 'GREEK CAPITAL LETTER IOTA'], ['\u03B9', 'i', 'GREEK SMALL LETTER IOTA'],
  ['\u039A', 'K', 'GREEK CAPITAL LETTER KAPPA'], ['\u039C', 'M', 'GREEK CAPITAL LETTER MU'],
  ['\u039D', 'N', 'GREEK CAPITAL LETTER NU'], ['\u03BD', 'v', 'GREEK SMALL LETTER NU'],
  ['\u039F', 'O', 'GREEK CAPITAL LETTER OMICRON'], ['\u03BF', 'o', 'GREEK SMALL LETTER OMICRON'],
  ['\u03A1', 'P', 'GREEK CAPITAL LETTER RHO'], ['\u03C1', 'p', 'GREEK SMALL LETTER RHO'],
  ['\u03A4', 'T', 'GREEK CAPITAL LETTER TAU'], ['\u03A5', 'Y', 'GREEK CAPITAL LETTER UPSILON'],
  ['\u03C5', 'u', 'GREEK SMALL LETTER UPSILON'], ['\u03A7', 'X', 'GREEK CAPITAL LETTER CHI'],
  ['\u03C7', 'x', 'GREEK SMALL LETTER CHI'], ['\u03F9', 'C', 'GREEK CAPITAL LUNATE SIGMA SYMBOL'],
  ['\u03F2', 'c', 'GREEK LUNATE SIGMA SYMBOL'], ['\u03F3', 'j', 'GREEK LETTER YOT'],
  ['\u0131', 'i', 'LATIN SMALL LETTER DOTLESS I'], ['\u0251', 'a', 'LATIN SMALL LETTER ALPHA'],
];

const latinOf = new Map(lookAlikes.map(([char, latin]) => [char, latin]));
const nameOf = new Map(lookAlikes.map(([char, , name]) => [char, name]));

/** The Unicode name of a look-alike letter in the table. */
export const lookAlikeName = (char: string): string | undefined => nameOf.get(char);

/** The Latin letter a look-alike passes for, e.g. "O" for U+041E CYRILLIC CAPITAL LETTER O. */
export const latinLookAlike = (char: string): string | undefined => latinOf.get(char);

const mapLookAlikes = (value: string) => Array.from(value, (char) => latinOf.get(char) ?? char).join('');

/**
 * What a name looks like, reduced to compare: compatibility forms (NFKC: ｗｏｌａ, ﬁ), look-alike letters,
 * case, accents, invisible characters and every kind of space. Two names with one skeleton read alike.
 */
export function nameSkeleton(value: string): string {
  const compatible = value.normalize('NFKC').replace(/[\p{Cf}\u034f\u115f\u1160\u3164\uffa0]/gu, '');
  // Mapped before and after lower-casing: the Cyrillic VE (U+0412) passes for "B", but its lower case
  // (U+0432) would not.
  const lower = mapLookAlikes(mapLookAlikes(compatible).toLowerCase());
  return lower.normalize('NFD').replace(/\p{M}/gu, '').replace(/[\s\p{Zs}]+/gu, ' ').trim();
}

/** Scripts a word mixes letters of, among those whose letters pass for each other. */
export function scriptsOf(word: string): string[] {
  const scripts: string[] = [];
  if (/\p{Script=Latin}/u.test(word)) scripts.push('Latin');
  if (/\p{Script=Cyrillic}/u.test(word)) scripts.push('Cyrillic');
  if (/\p{Script=Greek}/u.test(word)) scripts.push('Greek');
  return scripts;
}
