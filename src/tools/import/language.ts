// The language a text is written in, told by its most common short words. Only a clear majority
// counts: a title of four words, or a note mixing English and Spanish names, gives no answer.
import type { LanguageCode } from '../../lib/languages.ts';

const common: Record<Exclude<LanguageCode, 'ht'>, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'that', 'is', 'for', 'with', 'on', 'are', 'this', 'from', 'by', 'their', 'have', 'be', 'it', 'not', 'which', 'will', 'at', 'its', 'was'],
  es: ['el', 'los', 'las', 'del', 'y', 'que', 'por', 'para', 'con', 'una', 'se', 'su', 'sus', 'es', 'al', 'como', 'este', 'esta', 'en', 'de', 'la', 'ya', 'están'],
  fr: ['le', 'les', 'des', 'et', 'est', 'pour', 'dans', 'une', 'qui', 'du', 'au', 'sur', 'pas', 'ce', 'cette', 'avec'],
  pt: ['os', 'da', 'do', 'dos', 'das', 'e', 'em', 'uma', 'não', 'com', 'ao', 'pelo', 'pela', 'seu', 'sua'],
};

const languagesOf = new Map<string, (keyof typeof common)[]>();
for (const [code, words] of Object.entries(common) as [keyof typeof common, string[]][]) {
  for (const word of words) languagesOf.set(word, [...(languagesOf.get(word) ?? []), code]);
}

/** The language code, or undefined when the words do not show one clearly. */
export function detectLanguage(text: string, minimum = 8): LanguageCode | undefined {
  const counts = Object.fromEntries(Object.keys(common).map((code) => [code, 0])) as Record<keyof typeof common, number>;
  for (const [word] of text.toLowerCase().normalize('NFC').matchAll(/\p{L}+/gu)) {
    for (const code of languagesOf.get(word) ?? []) counts[code]++;
  }
  const scores = (Object.keys(common) as (keyof typeof common)[]).map((code) => ({ code, score: counts[code] })).sort((a, b) => b.score - a.score);
  const [first, second] = scores as [{ code: LanguageCode; score: number }, { score: number }];
  return first.score >= minimum && first.score >= 2 * second.score ? first.code : undefined;
}
