// Letters of other scripts that look like Latin ones, so "WОLA" with a Cyrillic О is seen as "WOLA".
// No well-kept npm package carries Unicode's confusables data, so this is the part of it that
// matters here: the Cyrillic and Greek letters that UTS #39 (confusables.txt) maps to a Latin letter.

/** [look-alike, the Latin letter it passes for, its Unicode name]. */
export const lookAlikes: readonly (readonly [string, string, string])[] = [
  ['А', 'A', 'CYRILLIC CAPITAL LETTER A'], ['а', 'a', 'CYRILLIC SMALL LETTER A'],
  ['В', 'B', 'CYRILLIC CAPITAL LETTER VE'], ['Е', 'E', 'CYRILLIC CAPITAL LETTER IE'],
  ['е', 'e', 'CYRILLIC SMALL LETTER IE'], ['Ѕ', 'S', 'CYRILLIC CAPITAL LETTER DZE'],
  ['ѕ', 's', 'CYRILLIC SMALL LETTER DZE'], ['І', 'I', 'CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I'],
  ['і', 'i', 'CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I'], ['Ј', 'J', 'CYRILLIC CAPITAL LETTER JE'],
  ['ј', 'j', 'CYRILLIC SMALL LETTER JE'], ['К', 'K', 'CYRILLIC CAPITAL LETTER KA'],
  ['М', 'M', 'CYRILLIC CAPITAL LETTER EM'], ['Н', 'H', 'CYRILLIC CAPITAL LETTER EN'],
  ['О', 'O', 'CYRILLIC CAPITAL LETTER O'], ['о', 'o', 'CYRILLIC SMALL LETTER O'],
  ['Р', 'P', 'CYRILLIC CAPITAL LETTER ER'], ['р', 'p', 'CYRILLIC SMALL LETTER ER'],
  ['С', 'C', 'CYRILLIC CAPITAL LETTER ES'], ['с', 'c', 'CYRILLIC SMALL LETTER ES'],
  ['Т', 'T', 'CYRILLIC CAPITAL LETTER TE'], ['У', 'Y', 'CYRILLIC CAPITAL LETTER U'],
  ['у', 'y', 'CYRILLIC SMALL LETTER U'], ['Х', 'X', 'CYRILLIC CAPITAL LETTER HA'],
  ['х', 'x', 'CYRILLIC SMALL LETTER HA'], ['Ү', 'Y', 'CYRILLIC CAPITAL LETTER STRAIGHT U'],
  ['һ', 'h', 'CYRILLIC SMALL LETTER SHHA'], ['Һ', 'H', 'CYRILLIC CAPITAL LETTER SHHA'],
  ['Ԛ', 'Q', 'CYRILLIC CAPITAL LETTER QA'], ['ԛ', 'q', 'CYRILLIC SMALL LETTER QA'],
  ['Ԝ', 'W', 'CYRILLIC CAPITAL LETTER WE'], ['ԝ', 'w', 'CYRILLIC SMALL LETTER WE'],
  ['Ӏ', 'l', 'CYRILLIC LETTER PALOCHKA'], ['ӏ', 'l', 'CYRILLIC SMALL LETTER PALOCHKA'],
  ['Ԁ', 'd', 'CYRILLIC CAPITAL LETTER KOMI DE'], ['ԁ', 'd', 'CYRILLIC SMALL LETTER KOMI DE'],
  ['Α', 'A', 'GREEK CAPITAL LETTER ALPHA'], ['α', 'a', 'GREEK SMALL LETTER ALPHA'],
  ['Β', 'B', 'GREEK CAPITAL LETTER BETA'], ['Ε', 'E', 'GREEK CAPITAL LETTER EPSILON'],
  ['Ζ', 'Z', 'GREEK CAPITAL LETTER ZETA'], ['Η', 'H', 'GREEK CAPITAL LETTER ETA'],
  ['Ι', 'I', 'GREEK CAPITAL LETTER IOTA'], ['ι', 'i', 'GREEK SMALL LETTER IOTA'],
  ['Κ', 'K', 'GREEK CAPITAL LETTER KAPPA'], ['Μ', 'M', 'GREEK CAPITAL LETTER MU'],
  ['Ν', 'N', 'GREEK CAPITAL LETTER NU'], ['ν', 'v', 'GREEK SMALL LETTER NU'],
  ['Ο', 'O', 'GREEK CAPITAL LETTER OMICRON'], ['ο', 'o', 'GREEK SMALL LETTER OMICRON'],
  ['Ρ', 'P', 'GREEK CAPITAL LETTER RHO'], ['ρ', 'p', 'GREEK SMALL LETTER RHO'],
  ['Τ', 'T', 'GREEK CAPITAL LETTER TAU'], ['Υ', 'Y', 'GREEK CAPITAL LETTER UPSILON'],
  ['υ', 'u', 'GREEK SMALL LETTER UPSILON'], ['Χ', 'X', 'GREEK CAPITAL LETTER CHI'],
  ['χ', 'x', 'GREEK SMALL LETTER CHI'], ['Ϲ', 'C', 'GREEK CAPITAL LUNATE SIGMA SYMBOL'],
  ['ϲ', 'c', 'GREEK LUNATE SIGMA SYMBOL'], ['ϳ', 'j', 'GREEK LETTER YOT'],
  ['ı', 'i', 'LATIN SMALL LETTER DOTLESS I'], ['ɑ', 'a', 'LATIN SMALL LETTER ALPHA'],
];

const latinOf = new Map(lookAlikes.map(([char, latin]) => [char, latin]));
const nameOf = new Map(lookAlikes.map(([char, , name]) => [char, name]));

/** The Unicode name of a look-alike letter in the table. */
export const lookAlikeName = (char: string): string | undefined => nameOf.get(char);

/** The Latin letter a look-alike passes for, e.g. "O" for the Cyrillic "О". */
export const latinLookAlike = (char: string): string | undefined => latinOf.get(char);

const mapLookAlikes = (value: string) => Array.from(value, (char) => latinOf.get(char) ?? char).join('');

/**
 * What a name looks like, reduced to compare: compatibility forms (NFKC: ｗｏｌａ, ﬁ), look-alike letters,
 * case, accents, invisible characters and every kind of space. Two names with one skeleton read alike.
 */
export function nameSkeleton(value: string): string {
  const compatible = value.normalize('NFKC').replace(/[\p{Cf}\u034f\u115f\u1160\u3164\uffa0]/gu, '');
  // Mapped before and after lower-casing: "В" passes for "B", but its lower case "в" would not.
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
